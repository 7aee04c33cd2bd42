/** The roles of DESIGN.md's table. Pure data; shared by the API and the admin. */
export const ROLES = ['admin', 'lead', 'officer', 'chief', 'leader', 'archivist', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

export type UnitLevel = 'city' | 'district';

/** What the rules need to know about the signed-in user. */
export interface Principal {
  id: number;
  role: Role;
  unitId: number;
  unitLevel: UnitLevel;
  /** The unit's division code (a district bureau's is its district's). */
  unitCode: string;
  departmentId: number | null;
  lineId: number | null;
  /** The user's department is the unit's lead office (法规处/科, §4.1). */
  departmentLead?: boolean;
}

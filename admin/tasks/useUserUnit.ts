import { useGetIdentity, useGetOne } from 'react-admin';
export interface UserUnit {
  id: number;
  /** The administrative division code: a district's is the `district` of its entities. */
  code: string;
  level: 'city' | 'district';
  departmentId: number | null;
}

/** The signed-in user's unit (its division code and level) and department: what a task form may offer. */
export const useUserUnit = (): UserUnit | undefined => {
  const { identity } = useGetIdentity();
  const { data: unit } = useGetOne<{ id: number; code: string; level: 'city' | 'district' }>(
    'units',
    { id: identity?.unitId },
    { enabled: identity?.unitId != null },
  );
  if (!identity || !unit) return undefined;
  return { id: unit.id, code: unit.code, level: unit.level, departmentId: (identity.departmentId as number | null) ?? null };
};

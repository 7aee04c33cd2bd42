import { ROLES, type Role } from '../../api/permissions/roles.js';

/** What a permission-matrix cell expects: done, refused (403), or not even visible (404 / absent from the list). */
export type Outcome = 'allowed' | 'forbidden' | 'hidden';

export const CITY = 1;
export const SHINAN = 2;
export const LAOSHAN = 5;

/** Every demo account with its role and unit: the rows of a permission matrix. */
export const MATRIX_SUBJECTS: { username: string; role: Role; unit: number }[] = [
  { username: 'admin', role: 'admin', unit: CITY },
  ...ROLES.filter((r) => r !== 'admin').flatMap((role) => [
    { username: `city.${role}`, role, unit: CITY },
    { username: `shinan.${role}`, role, unit: SHINAN },
  ]),
];

/** City-level lead office, chiefs and leaders read every unit (DESIGN: they supervise and assess). */
export const supervisesAll = (role: Role, unit: number) => unit === CITY && ['lead', 'chief', 'leader'].includes(role);

/** An HTTP status as a matrix outcome. */
export function outcomeOf(status: number): Outcome {
  if (status === 200 || status === 201) return 'allowed';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'hidden';
  throw new Error(`unexpected status ${status}`);
}

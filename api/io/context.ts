import type { Queryable } from '../store/db.js';
import { loadLookups, type LibraryLookups } from '../resources/library.js';

/** Names ↔ ids of the organisation, for cells that people write as names (units, lines, departments, districts). */
export interface IoContext {
  lookups: LibraryLookups;
  units: { id: number; name: string; code: string }[];
  lines: { id: number; name: string }[];
  departments: { id: number; name: string; unitId: number }[];
  districtName(code: string): string;
}

export async function loadIoContext(q: Queryable, now: string): Promise<IoContext> {
  const [lookups, units, lines, departments] = await Promise.all([
    loadLookups(q, now),
    q.query<{ id: number; name: string; code: string }>('SELECT id, name, code FROM units ORDER BY id'),
    q.query<{ id: number; name: string }>('SELECT id, name FROM lines ORDER BY id'),
    q.query<{ id: number; name: string; unitId: number }>('SELECT id, name, "unitId" FROM departments ORDER BY id'),
  ]);
  const districtNames = new Map(units.map((u) => [u.code, u.name.replace(/人力资源和社会保障局$/, '')]));
  return { lookups, units, lines, departments, districtName: (code) => districtNames.get(code) ?? code };
}

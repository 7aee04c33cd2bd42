import type { Queryable } from './db.js';
import { nameSortKey } from '../domain/nameKey.js';

/**
 * Fills the pinyin sort key of names that have none: rows loaded from a data set that predates the key, or stored
 * before migration 8 added it (SQL cannot compute pinyin). Writes go through the resources, which keep it current.
 */
export async function fillNameKeys(q: Queryable): Promise<number> {
  let filled = 0;
  for (const table of ['entities', 'inspectors']) {
    const rows = await q.query<{ id: number; name: string }>(`SELECT id, name FROM ${table} WHERE "nameKey" IS NULL`);
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const person = table === 'inspectors';
      await q.query(`UPDATE ${table} t SET "nameKey" = k.key FROM unnest($1::int[], $2::text[]) AS k(id, key) WHERE t.id = k.id`, [
        chunk.map((r) => r.id),
        chunk.map((r) => nameSortKey(r.name, { person })),
      ]);
    }
    filled += rows.length;
  }
  return filled;
}

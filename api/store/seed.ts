import fs from 'node:fs';
import type { Db, Queryable } from './db.js';
import { ident } from './sql.js';
import { resources } from '../resources/index.js';
import { appendAudit } from '../audit/log.js';
import { fillNameKeys } from './nameKeys.js';

/** Resources that live in db.json (all but the audit log), in foreign-key order, with their tables. */
const SEEDED = resources.filter((r) => r.name !== 'audit').map((r) => ({ name: r.name, table: r.table ?? r.name }));
export const SEEDED_RESOURCES = SEEDED.map((r) => r.name);

export type DataSet = Record<string, Record<string, unknown>[]>;

/** The columns a data set holds: all but those the database generates. */
async function tableColumns(q: Queryable, table: string): Promise<Map<string, string>> {
  const rows = await q.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return new Map(rows.map((r) => [r.column_name, r.data_type]));
}

/** True when nothing was ever written: no audit entry exists. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM audit) AS any');
  return !row.any;
}

/** Serialises the servers that start together on one empty PostgreSQL database: one seeds, the others find it seeded. */
const SEED_LOCK = 740_204;

/**
 * Loads a data set in db.json's layout, in one transaction, keeping the records' ids. With `onlyIfEmpty`, the check
 * for an empty database and the load happen under one lock, and a database found already seeded is left alone
 * (answer: undefined).
 */
export async function importDataSet(db: Db, data: DataSet, now = new Date(), { onlyIfEmpty = false } = {}): Promise<Record<string, number> | undefined> {
  const unknown = Object.keys(data).filter((k) => !SEEDED_RESOURCES.includes(k));
  if (unknown.length) throw new Error(`db.json has unknown resources: ${unknown.join(', ')}`);
  return db.transaction(async (tx) => {
    if (onlyIfEmpty) {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [row] = await tx.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM audit) AS any');
      if (row.any) return undefined;
    }
    const counts: Record<string, number> = {};
    for (const { name, table } of SEEDED) {
      const records = data[name] ?? [];
      const columns = await tableColumns(tx, table);
      for (const [i, record] of records.entries()) {
        const extra = Object.keys(record).filter((k) => !columns.has(k));
        if (extra.length) throw new Error(`db.json ${name}[${i}] has unknown fields: ${extra.join(', ')}`);
        const full: Record<string, unknown> = columns.has('createdAt')
          ? { createdAt: now.toISOString(), updatedAt: now.toISOString(), ...record }
          : { ...record };
        const cols = Object.keys(full);
        const values = cols.map((c) => (columns.get(c) === 'jsonb' && full[c] != null ? JSON.stringify(full[c]) : full[c]));
        await tx.query(`INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map((_, j) => `$${j + 1}`).join(', ')})`, values);
      }
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST((SELECT max(id) FROM ${ident(table)}), 1), (SELECT max(id) IS NOT NULL FROM ${ident(table)}))`,
        [table],
      );
      counts[name] = records.length;
    }
    await fillNameKeys(tx);
    await appendAudit(tx, {
      at: now.toISOString(),
      actorId: null,
      actorName: 'system',
      unitId: null,
      action: 'seed',
      resource: 'db.json',
      recordId: null,
      after: counts,
    });
    return counts;
  });
}

/** The live data in db.json's layout (npm run db:export). */
export async function exportDataSet(db: Db): Promise<DataSet> {
  const out: DataSet = {};
  for (const { name, table } of SEEDED) {
    const columns = [...(await tableColumns(db, table)).keys()];
    out[name] = await db.query(`SELECT ${columns.map(ident).join(', ')} FROM ${ident(table)} ORDER BY id`);
  }
  return out;
}

export const readDataSet = (file: string): DataSet => JSON.parse(fs.readFileSync(file, 'utf8'));

import type { Db } from './db.js';
import { migrations } from './migrations/index.js';

/** Lock key shared by every process that migrates the same PostgreSQL database. */
const MIGRATION_LOCK = 740_202;

/** Applies the migrations not yet applied; returns the versions it applied. */
export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, "appliedAt" timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Splits a migration into statements, keeping $$-quoted function bodies whole. */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const part of sql.split(/(\$\$|;)/)) {
    if (part === '$$') inDollar = !inDollar;
    if (part === ';' && !inDollar) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += part;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

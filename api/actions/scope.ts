import { subject as asSubject } from '@casl/ability';
import type { Queryable } from '../store/db.js';
import { ROW_LOCK, type Row } from '../store/store.js';
import type { AuthContext } from '../auth/middleware.js';
import { notFound } from '../rest/errors.js';
import { ident } from '../store/sql.js';

/** A record id from the URL; anything else is a 404 like a missing record. */
export const idOf = (raw: unknown): number => {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw notFound();
  return n;
};

/** The record, if the user may read it (optionally locked for the transaction); otherwise 404 — no existence leaks. */
export async function readable(q: Queryable, auth: AuthContext, table: string, subjectName: string, id: number, lock = false): Promise<Row> {
  const [row] = await q.query<Row>(`SELECT * FROM ${ident(table)} WHERE id = $1${lock ? ` ${ROW_LOCK}` : ''}`, [id]);
  if (!row || !auth.ability.can('read', asSubject(subjectName, { ...row }))) throw notFound();
  return row;
}

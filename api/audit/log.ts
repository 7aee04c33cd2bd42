import type { Queryable } from '../store/db.js';
import { canonicalJson, chainHash, GENESIS_HASH } from './canonical.js';

/** Serialises every writer of the audit chain, so that each entry links to the one committed before it. */
const AUDIT_LOCK = 740_203;

export interface AuditInput {
  at: string;
  actorId: number | null;
  actorName: string;
  unitId: number | null;
  action: string;
  resource: string;
  recordId: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/** The stored row; `entry` is the canonical JSON the hash covers, and the other columns repeat it for filtering. */
export interface AuditRow {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  unitId: number | null;
  action: string;
  resource: string;
  recordId: string | null;
  reason: string | null;
  entry: string;
  prevHash: string;
  hash: string;
}

/** Appends one entry inside the caller's transaction (so it commits or rolls back with the change it records). */
export async function appendAudit(tx: Queryable, input: AuditInput): Promise<AuditRow> {
  return (await appendAuditBatch(tx, [input]))[0];
}

const CHUNK = 500;

/** Appends entries in order, chained, with multi-row inserts (bulk imports write thousands at once). */
export async function appendAuditBatch(tx: Queryable, inputs: AuditInput[]): Promise<AuditRow[]> {
  if (!inputs.length) return [];
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const [last] = await tx.query<{ id: number; hash: string }>('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1');
  let id = last ? last.id : 0;
  let prevHash = last ? last.hash : GENESIS_HASH;
  const rows: AuditRow[] = inputs.map((input) => {
    id++;
    const fields = {
      id,
      at: input.at,
      actorId: input.actorId,
      actorName: input.actorName,
      unitId: input.unitId,
      action: input.action,
      resource: input.resource,
      recordId: input.recordId,
      reason: input.reason ?? null,
      before: input.before ?? null,
      after: input.after ?? null,
    };
    const entry = canonicalJson(fields);
    const row = { ...fields, entry, prevHash, hash: chainHash(prevHash, entry) };
    prevHash = row.hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params = chunk.flatMap((r) => [
      r.id,
      r.at,
      r.actorId,
      r.actorName,
      r.unitId,
      r.action,
      r.resource,
      r.recordId,
      r.reason,
      r.entry,
      r.prevHash,
      r.hash,
    ]);
    const values = chunk.map((_, j) => `(${Array.from({ length: 12 }, (_, k) => `$${j * 12 + k + 1}`).join(', ')})`).join(', ');
    await tx.query(
      `INSERT INTO audit (id, at, "actorId", "actorName", "unitId", action, resource, "recordId", reason, entry, "prevHash", hash) VALUES ${values}`,
      params,
    );
  }
  return rows;
}

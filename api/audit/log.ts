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
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const [last] = await tx.query<{ id: number; hash: string }>('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1');
  const id = last ? last.id + 1 : 1;
  const prevHash = last ? last.hash : GENESIS_HASH;
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
  const hash = chainHash(prevHash, entry);
  await tx.query(
    `INSERT INTO audit (id, at, "actorId", "actorName", "unitId", action, resource, "recordId", reason, entry, "prevHash", hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [id, fields.at, fields.actorId, fields.actorName, fields.unitId, fields.action, fields.resource, fields.recordId, fields.reason, entry, prevHash, hash],
  );
  return { ...fields, actorName: fields.actorName, entry, prevHash, hash };
}

import { canonicalJson, chainHash, GENESIS_HASH } from './canonical.js';
import type { AuditRow } from './log.js';

export type VerifyResult = { ok: true; count: number } | { ok: false; count: number; brokenId: number | string; reason: string };

const COLUMNS = ['id', 'at', 'actorId', 'actorName', 'unitId', 'action', 'resource', 'recordId', 'reason'] as const;

/**
 * Checks a chain of audit rows, in id order: ids contiguous from 1, each prevHash the previous hash,
 * each hash = SHA-256(prevHash + entry), entry canonical, and the filter columns equal to the entry.
 * Reports the first entry that fails.
 */
export async function verifyChain(rows: Iterable<AuditRow> | AsyncIterable<AuditRow>): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  for await (const row of rows) {
    const fail = (reason: string): VerifyResult => ({ ok: false, count, brokenId: row?.id ?? expectedId, reason });
    if (row.id < 0) return { ok: false, count, brokenId: expectedId, reason: `line ${-row.id} of the file is not valid JSON` };
    if (row.id !== expectedId) return { ok: false, count, brokenId: expectedId, reason: `entry ${expectedId} is missing or out of order (found ${row.id})` };
    if (row.prevHash !== prev) return fail('prevHash does not match the previous entry');
    if (chainHash(row.prevHash, row.entry) !== row.hash) return fail('hash does not match the entry');
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(row.entry);
    } catch {
      return fail('entry is not valid JSON');
    }
    if (canonicalJson(parsed) !== row.entry) return fail('entry is not in canonical form');
    for (const col of COLUMNS) {
      if (JSON.stringify(parsed[col] ?? null) !== JSON.stringify(row[col] ?? null)) return fail(`column ${col} differs from the entry`);
    }
    prev = row.hash;
    expectedId++;
    count++;
  }
  return { ok: true, count };
}

import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth: the exact bytes that an audit entry's hash covers. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export const GENESIS_HASH = '0'.repeat(64);

/** hash = SHA-256(prevHash + canonical entry) */
export const chainHash = (prevHash: string, entry: string): string => sha256(prevHash + entry);

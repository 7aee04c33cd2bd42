/**
 * The one SQL connection interface the rest of the API sees. Two implementations:
 * PGlite (embedded, default) and node-postgres (a PostgreSQL server via DATABASE_URL).
 * Values always travel as parameters ($1, $2 …); SQL text never carries user data.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons, without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL type OIDs whose default JS conversion we replace so both drivers answer alike. */
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/**
 * Text with a lone UTF-16 surrogate has no UTF-8 form: both drivers would silently store U+FFFD in its place.
 * Every value reaches the database as a parameter, so checking parameters here refuses it on every path.
 */
export class MalformedTextError extends Error {
  constructor(readonly path: string) {
    super(`lone UTF-16 surrogate at ${path || 'value'}`);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path ("a.0.b") of the first string or key holding a lone surrogate, or undefined when all text is well formed. */
export function malformedTextAt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const at = malformedTextAt(v, path ? `${path}.${i}` : String(i));
      if (at !== undefined) return at;
    }
    return undefined;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const key = path ? `${path}.${k}` : k;
      if (LONE_SURROGATE.test(k)) return key;
      const at = malformedTextAt(v, key);
      if (at !== undefined) return at;
    }
  }
  return undefined;
}

export function assertWellFormedParams(params: unknown[]): void {
  const at = malformedTextAt(params);
  if (at !== undefined) throw new MalformedTextError(at);
}

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


import type { ClientRateLimitInfo, Options, Store as RateLimitStore } from 'express-rate-limit';
import type { Store } from '../store/store.js';

/**
 * express-rate-limit's hit counters kept in the database, so every API server on one PostgreSQL counts the same
 * hits for an address (its default memory store would give each server its own allowance). One upsert per hit;
 * windows follow the store's clock, so tests can move time.
 */
export class DbRateLimitStore implements RateLimitStore {
  readonly localKeys = false;
  private windowMs = 60_000;

  constructor(
    private readonly store: Store,
    readonly prefix: string,
  ) {}

  init(options: Options) {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const [row] = await this.store.db.query<{ hits: number; resetAt: string }>('SELECT hits, "resetAt" FROM rate_limits WHERE key = $1 AND "resetAt" > $2', [
      this.prefix + key,
      this.now().toISOString(),
    ]);
    return row && { totalHits: row.hits, resetTime: new Date(row.resetAt) };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.now();
    const [row] = await this.store.db.query<{ hits: number; resetAt: string }>(
      `INSERT INTO rate_limits AS r (key, hits, "resetAt") VALUES ($1, 1, $3::timestamptz)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r."resetAt" <= $2::timestamptz THEN 1 ELSE r.hits + 1 END,
         "resetAt" = CASE WHEN r."resetAt" <= $2::timestamptz THEN $3::timestamptz ELSE r."resetAt" END
       RETURNING hits, "resetAt"`,
      [this.prefix + key, now.toISOString(), new Date(now.getTime() + this.windowMs).toISOString()],
    );
    // A new window for one address is the moment to drop the windows that have ended for all.
    if (row.hits === 1) await this.store.db.query('DELETE FROM rate_limits WHERE "resetAt" <= $1::timestamptz', [now.toISOString()]);
    return { totalHits: row.hits, resetTime: new Date(row.resetAt) };
  }

  async decrement(key: string): Promise<void> {
    await this.store.db.query('UPDATE rate_limits SET hits = GREATEST(hits - 1, 0) WHERE key = $1', [this.prefix + key]);
  }

  async resetKey(key: string): Promise<void> {
    await this.store.db.query('DELETE FROM rate_limits WHERE key = $1', [this.prefix + key]);
  }

  private now() {
    return this.store.clock.now();
  }
}

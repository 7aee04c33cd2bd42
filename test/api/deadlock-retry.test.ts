import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, type TableSpec } from '../../api/store/store.js';
import type { Db } from '../../api/store/db.js';
import { openTestDb } from '../support/template.js';

/**
 * Row locks order racing decisions on one record; two transactions that lock two records in opposite orders
 * deadlock on PostgreSQL, which aborts one of them. That one changed nothing and is run again, so both succeed.
 * (PGlite runs one transaction at a time and never deadlocks: PostgreSQL only.)
 */
const lines: TableSpec = { table: 'lines', resource: 'lines', columns: { name: 'text', code: 'text' } };
const actor = { id: 1, name: 'admin', unitId: 1 };

describe.skipIf(!process.env.DATABASE_URL)('transactions PostgreSQL aborts to break a deadlock', () => {
  let db: Db;
  let store: Store;
  beforeAll(async () => {
    db = await openTestDb();
    store = new Store(db);
  });
  afterAll(() => db.close());

  it('are run again, so two writers locking two records in opposite orders both commit, once each', async () => {
    const [x, y] = await store.transact(actor, async (tx) => [
      await tx.insert(lines, { name: '甲', code: 'dead_x' }),
      await tx.insert(lines, { name: '乙', code: 'dead_y' }),
    ]);
    let attempts = 0;
    let bothLocked: () => void;
    const firstLocks = new Promise<void>((resolve) => (bothLocked = resolve));
    let locked = 0;
    const writer = (first: number, second: number, name: string) =>
      store.transact(actor, async (tx) => {
        attempts++;
        await tx.get(lines, first, true);
        // First attempts: wait until each holds its first row, so that each then waits for the other's.
        if (++locked === 2) bothLocked();
        await firstLocks;
        await tx.update(lines, second, { name });
        await tx.update(lines, first, { name });
      });
    await Promise.all([writer(x.id, y.id, 'A'), writer(y.id, x.id, 'B')]);
    // At least one abort and retry; each writer's changes committed exactly once.
    expect(attempts).toBeGreaterThanOrEqual(3);
    const rows = await db.query<{ version: number }>('SELECT version FROM lines WHERE id = ANY($1)', [[x.id, y.id]]);
    expect(rows.map((r) => r.version)).toEqual([3, 3]);
    const audited = await db.query('SELECT 1 FROM audit WHERE resource = $1 AND action = $2 AND "recordId" = ANY($3)', [
      'lines',
      'update',
      [String(x.id), String(y.id)],
    ]);
    expect(audited).toHaveLength(4);
  }, 30_000);
});

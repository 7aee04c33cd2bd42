import pg from 'pg';
import type { Db, Queryable } from './db.js';
import { assertWellFormedParams, TYPE_OIDS } from './db.js';

pg.types.setTypeParser(TYPE_OIDS.int8, Number);
pg.types.setTypeParser(TYPE_OIDS.numeric, Number);
pg.types.setTypeParser(TYPE_OIDS.date, (v) => v);
pg.types.setTypeParser(TYPE_OIDS.timestamptz, (v) => new Date(v).toISOString());
pg.types.setTypeParser(TYPE_OIDS.timestamp, (v) => new Date(v + 'Z').toISOString());

/** deadlock_detected, serialization_failure */
const RETRIED = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 3;

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  await pool.query('SELECT 1');
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      assertWellFormedParams(params);
      const res = await c.query(sql, params as unknown[]);
      return res.rows as T[];
    },
  });
  /** A transaction's client runs one query at a time: queries started together (Promise.all) wait their turn. */
  const serial = (c: pg.PoolClient): Queryable => {
    let last: Promise<unknown> = Promise.resolve();
    return {
      async query<T>(sql: string, params: unknown[] = []) {
        assertWellFormedParams(params);
        const next = last.then(() => c.query(sql, params as unknown[])).then((res) => res.rows as T[]);
        last = next.catch(() => undefined);
        return next;
      },
    };
  };
  return {
    kind: 'postgres',
    query: wrap(pool).query,
    async transaction(fn) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn(serial(client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          // PostgreSQL broke a deadlock or a serialization conflict by aborting this transaction, which therefore
          // changed nothing: run it again (every effect of fn is inside the transaction). Then it is the client's 409.
          if (!RETRIED.has((err as { code?: string }).code ?? '') || attempt >= MAX_ATTEMPTS) throw err;
        } finally {
          client.release();
        }
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

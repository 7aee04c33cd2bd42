import pg from 'pg';
import type { Db, Queryable } from './db.js';
import { assertWellFormedParams, TYPE_OIDS } from './db.js';

pg.types.setTypeParser(TYPE_OIDS.int8, Number);
pg.types.setTypeParser(TYPE_OIDS.numeric, Number);
pg.types.setTypeParser(TYPE_OIDS.date, (v) => v);
pg.types.setTypeParser(TYPE_OIDS.timestamptz, (v) => new Date(v).toISOString());
pg.types.setTypeParser(TYPE_OIDS.timestamp, (v) => new Date(v + 'Z').toISOString());

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
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(serial(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, Queryable } from './db.js';
import { assertWellFormedParams, TYPE_OIDS } from './db.js';

const parsers = {
  [TYPE_OIDS.int8]: (v: string) => Number(v),
  [TYPE_OIDS.numeric]: (v: string) => Number(v),
  [TYPE_OIDS.date]: (v: string) => v,
  [TYPE_OIDS.timestamptz]: (v: string) => new Date(v).toISOString(),
  [types.TIMESTAMP]: (v: string) => new Date(v + 'Z').toISOString(),
};

export class DataDirLockedError extends Error {}

/**
 * The embedded database belongs to one process. A lock file with our pid guards DATA_DIR;
 * a second process is refused while the first is alive, and a stale lock (dead pid) is taken over.
 */
function acquireLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'qd.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(lockPath, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(
          `The database in ${dataDir} is in use by process ${owner}. Stop it first (only one process may open the embedded database).`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface PgliteOptions {
  /** Directory of the database files; omitted = in memory (tests). */
  dataDir?: string;
  /** A tarball from dumpDataDir() to start from (tests load a prepared template this way). */
  loadDataDir?: Blob | File;
}

export async function openPglite({ dataDir, loadDataDir }: PgliteOptions = {}): Promise<Db & { dump(): Promise<Blob> }> {
  const release = dataDir ? acquireLock(dataDir) : () => {};
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      dataDir: dataDir ? path.join(dataDir, 'pgdata') : undefined,
      loadDataDir,
      extensions: { pg_trgm },
      parsers,
    });
  } catch (err) {
    release();
    throw err;
  }
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      assertWellFormedParams(params);
      const res = await q.query<T>(sql, params);
      return res.rows;
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    dump: async () => (await pg.dumpDataDir('none')) as Blob,
    close: async () => {
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}

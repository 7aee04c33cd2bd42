import path from 'node:path';
import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import { migrate } from './migrate.js';
import { importDataSet, isEmpty, readDataSet } from './seed.js';
import { fillNameKeys } from './nameKeys.js';

export interface StoreConfig {
  /** PostgreSQL server to use; when unset the embedded PGlite database under dataDir is used. */
  databaseUrl?: string;
  dataDir: string;
  /** Data set that fills an empty database. */
  seedFile?: string;
}

export const configFromEnv = (env = process.env): StoreConfig => ({
  databaseUrl: env.DATABASE_URL || undefined,
  dataDir: path.resolve(env.DATA_DIR || 'data'),
  seedFile: path.resolve(env.SEED_FILE || 'db.json'),
});

/** Opens the configured database, applies pending migrations and, when it is empty, fills it from the seed file. */
export async function openDatabase(config: StoreConfig, { seed = true } = {}): Promise<Db> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite({ dataDir: config.dataDir });
  try {
    await migrate(db);
    // isEmpty first spares reading the seed file at every start; importDataSet checks again under its lock.
    if (seed && config.seedFile && (await isEmpty(db))) await importDataSet(db, readDataSet(config.seedFile), new Date(), { onlyIfEmpty: true });
    await db.transaction((q) => fillNameKeys(q));
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}

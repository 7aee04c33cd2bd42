import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite } from '../../api/store/pglite.js';
import { openPostgres } from '../../api/store/postgres.js';
import { migrate } from '../../api/store/migrate.js';
import { importDataSet, readDataSet } from '../../api/store/seed.js';
import type { Db } from '../../api/store/db.js';

/** Seed time of the test data set: tests read their clock from here. */
export const SEED_TIME = new Date('2026-01-05T00:00:00.000Z');
export const TEMPLATE_FILE = path.join(os.tmpdir(), `qd-template-${process.pid}.tar`);
export const TEMPLATE_DB = 'qd_test_template';
export const SEED_PATH = path.resolve('db.json');

const adminUrl = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/** Builds the migrated, seeded database once per test run; each test file then starts from a copy of it. */
export async function buildTemplate(): Promise<{ file?: string }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname LIKE 'qd_test_%' AND pid <> pg_backend_pid()`);
    const stale = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'qd_test_%'`);
    for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}"`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await client.end();
    const db = await openPostgres(adminUrl(url, TEMPLATE_DB), 2);
    await migrate(db);
    await importDataSet(db, readDataSet(SEED_PATH), SEED_TIME);
    await db.close();
    return {};
  }
  const db = await openPglite();
  await migrate(db);
  await importDataSet(db, readDataSet(SEED_PATH), SEED_TIME);
  fs.writeFileSync(TEMPLATE_FILE, Buffer.from(await (await db.dump()).arrayBuffer()));
  await db.close();
  return { file: TEMPLATE_FILE };
}

let counter = 0;

/** A fresh database holding the seed data: PGlite in memory, or a new database on the PostgreSQL server. */
export async function openTestDb(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `qd_test_${process.pid}_${++counter}_${Date.now()}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}" TEMPLATE ${TEMPLATE_DB}`);
    await client.end();
    const db = await openPostgres(adminUrl(url, name), 5);
    const close = db.close;
    return {
      ...db,
      close: async () => {
        await close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}"`);
        await c.end();
      },
    };
  }
  const file = process.env.QD_TEMPLATE_FILE ?? TEMPLATE_FILE;
  return openPglite({ loadDataDir: new Blob([fs.readFileSync(file)]) });
}

/**
 * Environment for a server process under test: its own empty DATA_DIR, or (with DATABASE_URL) its own new,
 * empty database on the PostgreSQL server. Both are filled from db.json by the server itself at first start.
 */
export async function freshServerEnv(dataDir: string): Promise<Record<string, string>> {
  const url = process.env.DATABASE_URL;
  if (!url) return { DATA_DIR: dataDir };
  const name = `qd_test_srv_${process.pid}_${++counter}_${Date.now()}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return { DATA_DIR: dataDir, DATABASE_URL: adminUrl(url, name) };
}

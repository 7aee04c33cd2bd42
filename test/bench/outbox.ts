/**
 * The publication feed at volume (issue 15): N messages queued at once (a day's publications after an outage), then
 * delivered by one OutboxWorker to the json-server stand-in running as its own process on loopback. Reports the
 * throughput and the delivery delay (queued → delivered) per message: p50, p95, max.
 *   npx tsx test/bench/outbox.ts [10000] [batch]          (embedded PGlite, a temp dir)
 *   DATABASE_URL=postgres://…/empty_db npx tsx test/bench/outbox.ts 10000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { openPglite } from '../../api/store/pglite.js';
import { openPostgres } from '../../api/store/postgres.js';
import { migrate } from '../../api/store/migrate.js';
import { importDataSet, readDataSet } from '../../api/store/seed.js';
import { systemClock } from '../../api/store/store.js';
import { OutboxWorker } from '../../api/actions/outbox.js';
import { freePort } from '../support/process.js';

const size = Number(process.argv[2] ?? 10_000);
const batch = Number(process.argv[3] ?? 20);
const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-outbox-'));
const db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite({ dataDir: dir });
await migrate(db);
await importDataSet(db, readDataSet('db.json'));

const port = await freePort();
const fake = spawn(process.execPath, ['--import', 'tsx', 'api/cli/fake-outside.ts'], {
  env: { ...process.env, FAKE_OUTSIDE_PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => fake.stdout!.once('data', () => resolve()));
const url = `http://127.0.0.1:${port}`;

const [system] = await db.query<{ id: number }>(
  `INSERT INTO outside_systems (name, "displayName", "baseUrl", kinds, enabled, "createdAt", "updatedAt") VALUES ('gsxt', '公示系统', $1, '{result}', true, now(), now()) RETURNING id`,
  [`${url}/gsxt`],
);
await db.query(
  `INSERT INTO outbox ("systemId", kind, "recordId", payload, "idempotencyKey", state, tries, "nextTryAt", "createdAt", "updatedAt")
   SELECT $1, 'result', n, jsonb_build_object('kind', 'result', 'id', n, 'entityName', '青岛某某有限公司', 'uscc', '91370202C973477972', 'category', 'no_problem'),
          'bench-' || n, 'pending', 0, now(), now(), now()
     FROM generate_series(1, $2::int) AS n`,
  [system.id, size],
);
const [{ queuedAt }] = await db.query<{ queuedAt: string }>('SELECT max("createdAt") AS "queuedAt" FROM outbox');

const worker = new OutboxWorker({ db, clock: systemClock, batch });
const t0 = performance.now();
const attempted = await worker.drain();
const seconds = (performance.now() - t0) / 1000;

const [delay] = await db.query<{ delivered: number; p50: number; p95: number; max: number }>(
  `SELECT count(*)::int AS delivered,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "deliveredAt" - "createdAt")) * 1000 AS p50,
          percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM "deliveredAt" - "createdAt")) * 1000 AS p95,
          max(extract(epoch FROM "deliveredAt" - "createdAt")) * 1000 AS max
     FROM outbox WHERE state = 'delivered'`,
);
const received = (await fetch(`${url}/received?_limit=1`)).headers.get('X-Total-Count') ?? '?';
console.log(
  JSON.stringify({
    engine,
    messages: size,
    batch,
    attempted,
    delivered: delay.delivered,
    received: Number(received),
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round(delay.delivered / seconds),
    delayMs: { p50: Math.round(delay.p50), p95: Math.round(delay.p95), max: Math.round(delay.max) },
    queuedAt,
  }),
);
fake.kill('SIGTERM');
await db.close();
fs.rmSync(dir, { recursive: true, force: true });

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freshServerEnv } from '../support/template.js';
import { startServer, type ServerProcess } from '../support/process.js';
import { DEMO_PASSWORD } from '../support/app.js';
import { startFakeOutside, type FakeOutside } from '../../api/cli/fake-outside.js';
import { openPglite } from '../../api/store/pglite.js';
import { openPostgres } from '../../api/store/postgres.js';
import type { Db } from '../../api/store/db.js';

/**
 * Issue 15 with real server processes: the outbox survives a SIGKILL in the middle of delivery (PGlite's DATA_DIR, or
 * PostgreSQL when DATABASE_URL is set), and two servers on one PostgreSQL server share the queue without sending any
 * message twice. The stand-in applies each Idempotency-Key once; what is checked is that every message the database
 * holds arrived, under its own key, and that nothing else did.
 */
const dirs: string[] = [];
const servers: ServerProcess[] = [];
let fake: FakeOutside | undefined;
afterEach(async () => {
  for (const s of servers.splice(0)) {
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
    await s.exited;
  }
  await fake?.close();
  fake = undefined;
});
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const WORKER_ENV = { OUTBOX_POLL_MS: '50', OUTBOX_TIMEOUT_MS: '2500', OUTBOX_LEASE_MS: '1000', OUTBOX_BACKOFF_MS: '200' };

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const s = await startServer(env);
  servers.push(s);
  return s;
}

async function cookieOf(server: ServerProcess, username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function post(server: ServerProcess, cookie: string, p: string, body: unknown = {}) {
  const res = await fetch(`${server.url}/api${p}`, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const openDb = (env: Record<string, string>): Promise<Db> => (env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite({ dataDir: env.DATA_DIR }));

/** `count` more messages to `systemId` beside the publications' (the queue as a busy day leaves it), each its own key. */
async function enqueueMany(db: Db, systemId: number, count: number, tag: string) {
  await db.query(
    `INSERT INTO outbox ("systemId", kind, "recordId", payload, "idempotencyKey", state, tries, "nextTryAt", "createdAt", "updatedAt")
     SELECT $1, 'result', n, jsonb_build_object('kind', 'result', 'id', n), $3 || '-' || n, 'pending', 0, now(), now(), now()
       FROM generate_series(1, $2::int) AS n`,
    [systemId, count, tag],
  );
}

async function waitUntil(what: string, done: () => Promise<boolean>, timeoutMs = 60_000) {
  const started = Date.now();
  while (!(await done())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every message stored arrived once, under its own key, and nothing else arrived. */
function expectEachArrivedOnce(stored: { idempotencyKey: string }[], f: FakeOutside) {
  const received = f.received().map((r) => r.key);
  expect(received).toHaveLength(stored.length);
  expect(new Set(received)).toEqual(new Set(stored.map((m) => m.idempotencyKey)));
}

describe('the outbox across crashes and servers (issue 15)', () => {
  it('a server killed with SIGKILL in the middle of delivery delivers every message after restart; the stand-in holds no duplicate', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-outbox-kill-'));
    dirs.push(dir);
    const env = { ...(await freshServerEnv(dir)), ...WORKER_ENV };
    fake = await startFakeOutside({ port: 0, mode: 'slow', slowMs: 1500 });

    // Publications while no worker runs: the messages wait in the queue.
    let server = await start({ ...env, OUTBOX_WORKER: '0' });
    const admin = await cookieOf(server, 'admin');
    const systems: number[] = [];
    for (const [name, kinds] of [
      ['gsxt', ['result', 'nonCooperation']],
      ['province', ['result', 'nonCooperation', 'draw']],
    ] as const) {
      const made = await post(server, admin, '/outsideSystems', { name, displayName: name, baseUrl: `${fake.url}/${name}`, kinds, enabled: true });
      expect(made.status).toBe(201);
      systems.push(made.body.id as number);
    }
    const cityChief = await cookieOf(server, 'city.chief');
    const shinanChief = await cookieOf(server, 'shinan.chief');
    expect((await post(server, cityChief, '/results/2/publish')).status).toBe(200);
    expect((await post(server, cityChief, '/draws/1/publish')).status).toBe(200);
    expect((await post(server, shinanChief, '/draws/2/publish')).status).toBe(200);
    server.child.kill('SIGTERM');
    await server.exited;
    let db = await openDb(env);
    await enqueueMany(db, systems[0], 40, 'busy-day');
    const [{ n: total }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox');
    expect(total).toBe(2 + 2 + 40);
    await db.close();

    // The worker claims a batch; the stand-in has applied it but not answered yet when the server is killed.
    server = await start(env);
    await waitUntil('20 deliveries are in flight', async () => fake!.attempts() >= 20);
    server.child.kill('SIGKILL');
    await server.exited;
    db = await openDb(env);
    const atCrash = await db.query<{ state: string; n: number }>('SELECT state, count(*)::int AS n FROM outbox GROUP BY state ORDER BY state');
    await db.close();
    const inFlight = atCrash.find((s) => s.state === 'sending')?.n ?? 0;
    expect(inFlight).toBeGreaterThanOrEqual(20);
    expect(fake.received().length).toBeGreaterThanOrEqual(20);

    // Restarted, it takes the abandoned messages over once their lease has run out and sends the rest.
    fake.setMode('ok');
    server = await start(env);
    const cookie = await cookieOf(server, 'admin');
    await waitUntil('every message is delivered', async () => {
      const res = await fetch(`${server.url}/api/outbox?filter=${encodeURIComponent('{"state_neq":"delivered"}')}`, { headers: { Cookie: cookie } });
      return res.ok && ((await res.json()) as unknown[]).length === 0;
    });
    server.child.kill('SIGTERM');
    await server.exited;
    db = await openDb(env);
    const stored = await db.query<{ idempotencyKey: string; state: string }>('SELECT "idempotencyKey", state FROM outbox ORDER BY id');
    await db.close();
    expect(stored).toHaveLength(total);
    expect(new Set(stored.map((m) => m.state))).toEqual(new Set(['delivered']));
    expectEachArrivedOnce(stored, fake);
    // The in-flight ones were sent again after the crash, and the stand-in recognised their keys.
    expect(fake.attempts()).toBeGreaterThanOrEqual(total + inFlight);
  }, 240_000);

  it.skipIf(!process.env.DATABASE_URL)(
    'two servers on one PostgreSQL deliver 1,000 messages between them, none twice, none lost',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-outbox-two-'));
      dirs.push(dir);
      const env = { ...(await freshServerEnv(dir)), ...WORKER_ENV, OUTBOX_LEASE_MS: '60000' };
      const other = { ...env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'qd-outbox-two-')) };
      dirs.push(other.DATA_DIR);
      fake = await startFakeOutside({ port: 0 });
      const [a] = await Promise.all([start(env), start(other)]);
      const admin = await cookieOf(a, 'admin');
      const made = await post(a, admin, '/outsideSystems', {
        name: 'gsxt',
        displayName: 'gsxt',
        baseUrl: `${fake.url}/gsxt`,
        kinds: ['result'],
        enabled: true,
      });
      expect(made.status).toBe(201);
      const db = await openDb(env);
      try {
        await enqueueMany(db, made.body.id as number, 1000, 'two-servers');
        await waitUntil('1,000 messages are delivered', async () => {
          const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE state = 'delivered'`);
          return n === 1000;
        });
        const stored = await db.query<{ idempotencyKey: string }>('SELECT "idempotencyKey" FROM outbox ORDER BY id');
        expect(stored).toHaveLength(1000);
        expectEachArrivedOnce(stored, fake);
        // Under leases that held, no message was even attempted twice: each server took its own.
        expect(fake.attempts()).toBe(1000);
      } finally {
        await db.close();
      }
    },
    240_000,
  );
});

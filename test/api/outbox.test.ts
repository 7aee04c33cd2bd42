import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { startFakeOutside, type FakeOutside } from '../../api/cli/fake-outside.js';
import { enqueue, OutboxWorker } from '../../api/actions/outbox.js';

/**
 * Issue 15: publications reach the outside systems through the outbox, against the json-server stand-ins started here
 * on a free loopback port. The worker is driven batch by batch (runOnce) on the test clock: no timer is left running.
 */
let t: TestApp;
let admin: Agent;
let fake: FakeOutside;
let worker: OutboxWorker;
const CONFIRMED_CITY_RESULT = 2; // db.json: QD-2026-004's confirmed 无经营活动 result of the city bureau

const env: Record<string, string | undefined> = { OUTSIDE_GSXT_TOKEN: 'secret-gsxt' };
const messages = async () =>
  t.db.query<{ id: number; state: string; tries: number; lastError: string | null; kind: string; recordId: number; nextTryAt: string }>(
    'SELECT id, state, tries, "lastError", kind, "recordId", "nextTryAt" FROM outbox ORDER BY id',
  );

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  fake = await startFakeOutside({ port: 0 });
  worker = new OutboxWorker({ db: t.db, clock: t.clock, maxTries: 3, timeoutMs: 300, backoff: { baseMs: 1000, maxMs: 10_000 }, random: () => 0.5, env });
  for (const [name, displayName, kinds] of [
    ['gsxt', '国家企业信用信息公示系统（山东）', ['result', 'nonCooperation']],
    ['province', '山东省监管平台', ['result', 'nonCooperation', 'draw']],
  ] as const) {
    const res = await admin.post('/api/outsideSystems').send({ name, displayName, baseUrl: `${fake.url}/${name}`, kinds, enabled: true });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await worker.stop();
  await fake.close();
  await t.close();
});

describe('the outbox', () => {
  it('a publication writes one message per enabled system receiving it, in its transaction; credentials only from the environment', async () => {
    const systems = (await admin.get('/api/outsideSystems')).body as { name: string; tokenVariable: string; tokenSet: boolean }[];
    expect(systems.map((s) => s.name).sort()).toEqual(['gsxt', 'province']);
    expect(systems.find((s) => s.name === 'gsxt')).toMatchObject({ tokenVariable: 'OUTSIDE_GSXT_TOKEN' });
    expect(JSON.stringify(systems)).not.toContain('secret-gsxt');
    const chief = await t.login('shinan.chief');
    expect((await chief.post('/api/draws/2/publish').send({})).status).toBe(200);
    const m = await messages();
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ kind: 'draw', recordId: 2, state: 'pending', tries: 0 });
    // A refused publication writes nothing.
    expect((await chief.post('/api/draws/2/publish').send({})).status).toBe(409);
    expect(await messages()).toHaveLength(1);
    await worker.drain();
    const [got] = fake.received();
    expect(got).toMatchObject({ system: 'province', path: 'draws', body: { kind: 'draw', id: 2, publicUrl: '/api/public/draws/2' } });
    expect(got.authorization).toBeNull();
    expect((await messages())[0]).toMatchObject({ state: 'delivered', tries: 1 });
  });

  it('a result published while the stand-in is down is delivered once it is back, with public data only', async () => {
    const port = fake.port;
    await fake.close();
    const chief = await t.login('city.chief');
    const res = await chief.post(`/api/results/${CONFIRMED_CITY_RESULT}/publish`).send({});
    expect(res.status).toBe(200);
    expect(await worker.runOnce()).toBe(2);
    const down = (await messages()).filter((m) => m.kind === 'result');
    expect(down.map((m) => [m.state, m.tries])).toEqual([
      ['pending', 1],
      ['pending', 1],
    ]);
    expect(down[0].lastError).toMatch(/ECONNREFUSED/);
    // Not due yet: backoff (1000 ms · 2^0, half fixed, half jitter at 0.5 = 750 ms).
    expect(await worker.runOnce()).toBe(0);
    fake = await startFakeOutside({ port });
    t.clock.advance(750);
    expect(await worker.drain()).toBe(2);
    const arrived = fake.received();
    expect(arrived.map((r) => r.system).sort()).toEqual(['gsxt', 'province']);
    const gsxt = arrived.find((r) => r.system === 'gsxt')!;
    expect(gsxt.authorization).toBe('Bearer secret-gsxt');
    expect(Object.keys(gsxt.body).sort()).toEqual(
      ['authority', 'category', 'entityName', 'id', 'itemName', 'kind', 'nonCooperationPublished', 'publishedOn', 'taskCode', 'uscc'].sort(),
    );
    expect(JSON.stringify(gsxt.body)).not.toMatch(/inspector|present|responsible/i);
  });

  it('500 and timeouts: retried with backoff, then a dead letter; resent by hand it arrives once', async () => {
    const chief = await t.login('city.chief');
    fake.setMode('fail');
    expect((await chief.post('/api/draws/1/publish').send({})).status).toBe(200);
    const [msg] = (await messages()).filter((m) => m.kind === 'draw' && m.recordId === 1);
    await worker.runOnce();
    expect((await messages()).find((m) => m.id === msg.id)).toMatchObject({ state: 'pending', tries: 1, lastError: 'HTTP 500' });
    fake.setMode('timeout');
    t.clock.advance(750);
    await worker.runOnce();
    const second = (await messages()).find((m) => m.id === msg.id)!;
    expect(second).toMatchObject({ state: 'pending', tries: 2 });
    expect(second.lastError).toMatch(/超时/);
    t.clock.advance(1500);
    await worker.runOnce();
    expect((await messages()).find((m) => m.id === msg.id)).toMatchObject({ state: 'failed', tries: 3 });
    t.clock.advance(60_000);
    expect(await worker.runOnce()).toBe(0);

    // The admin sees it failed, and resends it: 409 while it is not failed, 403 for anyone else.
    const listed = await admin.get('/api/outbox').query({ filter: JSON.stringify({ state: 'failed' }) });
    expect(listed.status).toBe(200);
    expect(listed.body.map((m: { id: number }) => m.id)).toEqual([msg.id]);
    expect((await chief.post(`/api/outbox/${msg.id}/resend`).send({})).status).toBe(404);
    fake.setMode('ok');
    const before = fake.received().length;
    expect((await admin.post(`/api/outbox/${msg.id}/resend`).send({})).status).toBe(200);
    const again = await admin.post(`/api/outbox/${msg.id}/resend`).send({});
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/只有发送失败/);
    await worker.drain();
    expect((await messages()).find((m) => m.id === msg.id)).toMatchObject({ state: 'delivered', tries: 1 });
    // The stand-in may have got the timed-out copy too; it applies each key once.
    const draws1 = fake.received().filter((r) => r.path === 'draws' && r.body.id === 1);
    expect(draws1).toHaveLength(1);
    expect(fake.received().length).toBe(before + 1);
  });

  it('a message delivered twice (a lost lease) is applied once by its key', async () => {
    await t.store.transact({ id: 1, name: 'admin', unitId: 1 }, (tx) =>
      enqueue(tx, 'result', CONFIRMED_CITY_RESULT, async () => ({ id: CONFIRMED_CITY_RESULT })),
    );
    const claimed = await worker.claim();
    expect(claimed).toHaveLength(2);
    // A second server finds nothing while the lease holds, and takes the messages over once it has expired.
    expect(await worker.claim()).toHaveLength(0);
    t.clock.advance(61_000);
    const before = fake.received().length;
    expect(await worker.drain()).toBe(2);
    const keys = claimed.map((c) => c.idempotencyKey);
    for (const key of keys) {
      const res = await fetch(`${fake.url}/gsxt/results`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: '{}',
      });
      expect(res.status).toBe(200);
    }
    expect(fake.received().length).toBe(before + 2);
  });
});

describe('outside systems and the outbox are the administrators’', () => {
  it('only admin reads and edits them; others get 403, and bad input a 400 naming the field, storing nothing', async () => {
    for (const username of ['city.chief', 'shinan.chief', 'city.lead', 'shinan.inspector']) {
      const agent = await t.login(username);
      expect((await agent.get('/api/outsideSystems')).status).toBe(403);
      expect((await agent.get('/api/outbox')).status).toBe(403);
      expect((await agent.post('/api/outsideSystems').send({ name: 'x', displayName: 'x', baseUrl: 'http://x', kinds: [], enabled: true })).status).toBe(403);
      expect((await agent.post('/api/outbox/1/resend').send({})).status).toBe(404);
    }
    const count = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outside_systems'))[0].n;
    const n = await count();
    const bad = await admin
      .post('/api/outsideSystems')
      .send({ name: 'Bad Name', displayName: '', baseUrl: 'ftp://x', kinds: ['result', 'result'], enabled: true });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['baseUrl', 'displayName', 'kinds', 'name']);
    expect(bad.body.errors.name).toMatch(/小写字母/);
    expect(await count()).toBe(n);
    expect((await admin.post('/api/outbox').send({})).status).toBeGreaterThanOrEqual(404);
    expect((await admin.post('/api/outbox/999999/resend').send({})).status).toBe(404);
    // A disabled system receives nothing new.
    const [gsxt] = (await admin.get('/api/outsideSystems').query({ filter: JSON.stringify({ name: 'gsxt' }) })).body;
    expect(
      (
        await admin
          .put(`/api/outsideSystems/${gsxt.id}`)
          .send({ name: gsxt.name, displayName: gsxt.displayName, baseUrl: gsxt.baseUrl, kinds: gsxt.kinds, enabled: false })
      ).status,
    ).toBe(200);
    const queued = await t.store.transact({ id: 1, name: 'admin', unitId: 1 }, (tx) => enqueue(tx, 'result', CONFIRMED_CITY_RESULT, async () => ({})));
    expect(queued).toBe(1);
  });
});

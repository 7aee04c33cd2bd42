import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshServerEnv } from '../support/template.js';
import { startServer, type ServerProcess } from '../support/process.js';
import { DEMO_PASSWORD } from '../support/app.js';

/**
 * Two API server processes on one PostgreSQL server, as behind a load balancer. PGlite runs one transaction at a time,
 * so only here do two decisions really race: each race must have exactly one winner, and the loser a clean 409.
 */
const url = process.env.DATABASE_URL;

interface Answer {
  status: number;
  body: Record<string, unknown> & { code?: string };
}

/** A signed-in user speaking plain HTTP to one server. */
class Client {
  constructor(
    readonly base: string,
    readonly cookie: string,
  ) {}
  async call(method: string, p: string, body?: unknown): Promise<Answer> {
    const res = await fetch(`${this.base}/api${p}`, {
      method,
      headers: { Cookie: this.cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }
  get = (p: string) => this.call('GET', p);
  post = (p: string, body: unknown = {}) => this.call('POST', p, body);
  put = (p: string, body: unknown) => this.call('PUT', p, body);
  /** The same user, same session, on another server. */
  on = (server: ServerProcess) => new Client(server.url, this.cookie);
}

const login = (server: ServerProcess, username: string, password = DEMO_PASSWORD) =>
  fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });

async function signIn(server: ServerProcess, username: string): Promise<Client> {
  const res = await login(server, username);
  expect(res.status).toBe(200);
  return new Client(server.url, res.headers.get('set-cookie')!.split(';')[0]);
}

/** Exactly one of two answers to a race is `won`; the other is a 409. */
function oneWinner([a, b]: Answer[], won: number) {
  expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([won, 409].sort());
  return a.status === won ? { winner: a, loser: b } : { winner: b, loser: a };
}

describe.skipIf(!url)('several API servers on one PostgreSQL server', () => {
  const dirs: string[] = [];
  let a: ServerProcess, b: ServerProcess;
  let db: pg.Client;
  let officer: Client, chief: Client, admin: Client;

  beforeAll(async () => {
    const env = await freshServerEnv(fs.mkdtempSync(path.join(os.tmpdir(), 'qd-multi-')));
    dirs.push(env.DATA_DIR);
    const other = { ...env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'qd-multi-')) };
    dirs.push(other.DATA_DIR);
    // Both start at once on the empty database: one migrates and seeds it, the other waits and finds it ready.
    [a, b] = await Promise.all([startServer(env), startServer(other)]);
    db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    expect((await db.query(`SELECT count(*)::int AS n FROM audit WHERE action = 'seed'`)).rows).toEqual([{ n: 1 }]);
    [officer, chief, admin] = await Promise.all([signIn(a, 'city.officer'), signIn(b, 'city.chief'), signIn(a, 'admin')]);
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    for (const s of [a, b]) {
      if (!s) continue;
      s.child.kill('SIGTERM');
      await s.exited;
    }
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('share sessions: a session opened on one server works on the other, and a logout on one ends it on both', async () => {
    const lead = await signIn(a, 'city.lead');
    expect((await lead.on(b).get('/auth/me')).body).toMatchObject({ username: 'city.lead' });
    expect((await lead.on(b).post('/auth/logout')).status).toBe(200);
    expect((await lead.get('/auth/me')).status).toBe(401);
  });

  it('share lockouts: a burst of wrong passwords split over both servers gets 5 checked in all', async () => {
    const burst = await Promise.all(Array.from({ length: 24 }, (_, i) => login(i % 2 ? a : b, 'shinan.leader', `two-server-guess-${i}`)));
    const codes = burst.map((r) => r.status);
    expect(codes.filter((s) => s === 401)).toHaveLength(5);
    expect(codes.filter((s) => s === 429)).toHaveLength(19);
    expect((await login(a, 'shinan.leader')).status).toBe(429);
    expect((await login(b, 'shinan.leader')).status).toBe(429);
  });

  it('share the per-address login limit: both servers together allow 100 per window, not 100 each', async () => {
    const [row] = (await db.query<{ hits: number }>(`SELECT hits FROM rate_limits WHERE key LIKE 'login:%'`)).rows;
    const left = 100 - row.hits;
    expect(left).toBeGreaterThan(0);
    const answers: number[] = [];
    // Attempts on a locked name: refused without a password check, so the limit is reached quickly.
    for (let i = 0; i < left + 4; i++) answers.push((await login(i % 2 ? a : b, 'shinan.leader', 'x')).status);
    expect(answers.slice(0, left).every((s) => s === 429)).toBe(true);
    const limited = await Promise.all([login(a, 'city.lead'), login(b, 'city.lead')]);
    for (const res of limited) expect(((await res.json()) as { code: string }).code).toBe('rate_limited');
    expect((await db.query<{ hits: number }>(`SELECT hits FROM rate_limits WHERE key LIKE 'login:%'`)).rows[0].hits).toBeGreaterThanOrEqual(100);
    await db.query(`DELETE FROM rate_limits`);
  });

  it('two draws of one task at once: one draws, the other is told it was drawn; one record and one set of assignments', async () => {
    const [{ id: taskId }] = (await db.query<{ id: number }>(`SELECT id FROM tasks WHERE code = 'QD-2026-001'`)).rows;
    for (let round = 0; round < 3; round++) {
      const { winner, loser } = oneWinner(await Promise.all([officer.post(`/tasks/${taskId}/draw`), officer.on(b).post(`/tasks/${taskId}/draw`)]), 201);
      expect(loser.body.code).toBe('already_drawn');
      const valid = (await db.query(`SELECT id FROM draws WHERE "taskId" = $1 AND status = 'valid'`, [taskId])).rows;
      expect(valid).toEqual([{ id: winner.body.drawId }]);
      const assigned = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM assignments WHERE "drawId" = $1`, [winner.body.drawId])).rows[0].n;
      expect(assigned).toBe(winner.body.selectedCount as number);
      expect(assigned).toBeGreaterThan(0);
      expect((await db.query(`SELECT 1 FROM assignments WHERE "taskId" = $1 AND active AND "drawId" <> $2`, [taskId, winner.body.drawId])).rows).toEqual([]);
      if (round < 2) expect((await chief.post(`/draws/${winner.body.drawId}/void`, { reason: `并发测试第 ${round + 1} 轮` })).status).toBe(200);
    }
  });

  it('two decisions on one replacement request at once: exactly one is made, the team changes once', async () => {
    const [{ id: taskId }] = (await db.query<{ id: number }>(`SELECT id FROM tasks WHERE code = 'QD-2026-001'`)).rows;
    const assignments = (
      await db.query<{ id: number; inspectorIds: number[] }>(`SELECT id, "inspectorIds" FROM assignments WHERE "taskId" = $1 AND active ORDER BY id`, [taskId])
    ).rows;
    const races: [string, string][] = [
      ['approve', 'approve'],
      ['approve', 'reject'],
      ['reject', 'approve'],
    ];
    for (const [i, [first, second]] of races.entries()) {
      const target = assignments[i];
      const asked = await officer.post(`/assignments/${target.id}/replacements`, {
        inspectorId: target.inspectorIds[0],
        kind: 'health',
        reason: '身体原因，无法到场',
      });
      expect(asked.status).toBe(201);
      const decide = (c: Client, verdict: string) =>
        c.post(`/replacements/${asked.body.id}/${verdict}`, verdict === 'reject' ? { reason: '可另行安排时间' } : {});
      const { winner, loser } = oneWinner(await Promise.all([decide(chief, first), decide(chief.on(a), second)]), 200);
      expect(loser.body.code).toBe('already_decided');
      const [stored] = (await db.query(`SELECT status, version FROM replacements WHERE id = $1`, [asked.body.id])).rows;
      expect(stored).toEqual({ status: winner.body.status, version: 2 });
      const [after] = (
        await db.query<{ inspectorIds: number[]; version: number }>(`SELECT "inspectorIds", version FROM assignments WHERE id = $1`, [target.id])
      ).rows;
      if (winner.body.status === 'approved') {
        expect(after.inspectorIds).not.toContain(target.inspectorIds[0]);
        expect(after.inspectorIds).toContain(winner.body.replacementInspectorId);
      } else expect(after.inspectorIds).toEqual(target.inspectorIds);
      const audits = (
        await db.query(`SELECT action FROM audit WHERE resource = 'replacements' AND "recordId" = $1 AND action IN ('approve', 'reject')`, [
          String(asked.body.id),
        ])
      ).rows;
      expect(audits).toHaveLength(1);
    }
  });

  it('two acceptances of one plan adjustment, and of two adjustments of one plan version, at once: one new version each time', async () => {
    const [lead, shinanOfficer] = await Promise.all([signIn(a, 'shinan.lead'), signIn(b, 'shinan.officer')]);
    const [plan] = (await db.query<{ id: number }>(`SELECT id FROM plans WHERE "unitId" = 2 AND year = 2026`)).rows;
    const planVersion = async () => (await db.query<{ planVersion: number }>(`SELECT "planVersion" FROM plans WHERE id = $1`, [plan.id])).rows[0].planVersion;
    const propose = async (ratioBp: number) => {
      const [line] = (await db.query(`SELECT * FROM plan_lines WHERE "planId" = $1 AND "lineId" = 1 ORDER BY id LIMIT 1`, [plan.id])).rows;
      const { id, itemId, departmentId, frequency, windowStart, windowEnd, method, joint } = line;
      const res = await shinanOfficer.post(`/plans/${plan.id}/adjustments`, {
        reason: `比例调整为 ${ratioBp}`,
        upserts: [{ id, itemId, departmentId, ratioBp, frequency, windowStart, windowEnd, method, joint }],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as number;
    };
    const start = await planVersion();
    const one = await propose(1300);
    const same = oneWinner(await Promise.all([lead.post(`/planAdjustments/${one}/accept`), lead.on(b).post(`/planAdjustments/${one}/accept`)]), 200);
    expect(same.loser.body.code).toBe('already_decided');
    expect(await planVersion()).toBe(start + 1);
    const [x, y] = [await propose(1400), await propose(1500)];
    const rival = oneWinner(await Promise.all([lead.post(`/planAdjustments/${x}/accept`), lead.on(b).post(`/planAdjustments/${y}/accept`)]), 200);
    expect(rival.loser.body.code).toBe('stale_adjustment');
    expect(await planVersion()).toBe(start + 2);
    const versions = (await db.query(`SELECT "planVersion" FROM plan_versions WHERE "planId" = $1 AND "planVersion" > $2 ORDER BY 1`, [plan.id, start])).rows;
    expect(versions).toEqual([{ planVersion: start + 1 }, { planVersion: start + 2 }]);
  });

  it('PUTs of one version at once: one is saved, the other is a stale-version 409, nothing is overwritten', async () => {
    const created = await admin.post('/lines', { name: '并发修改', code: 'race_put' });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    for (let round = 0; round < 8; round++) {
      const { version } = (await admin.get(`/lines/${id}`)).body as { version: number };
      const { winner, loser } = oneWinner(
        await Promise.all([
          admin.put(`/lines/${id}`, { name: `服务器甲 ${round}`, version }),
          admin.on(b).put(`/lines/${id}`, { name: `服务器乙 ${round}`, version }),
        ]),
        200,
      );
      expect(loser.body.code).toBe('stale_version');
      const [stored] = (await db.query(`SELECT name, version FROM lines WHERE id = $1`, [id])).rows;
      expect(stored).toEqual({ name: winner.body.name, version: version + 1 });
    }
  });

  it('neither server logged a fault', () => {
    for (const s of [a, b]) expect(s.output()).not.toMatch(/服务器内部错误|\bat .*\.ts:\d+/);
  });
});

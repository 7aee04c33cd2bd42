import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { runToEnd } from '../support/process.js';
import { computeCommitment } from '../../api/domain/draw.js';

/**
 * DRAW-SPEC §1a through HTTP: a task that announces its public randomness source commits first — pools frozen, nonce
 * drawn and kept secret, commitment published — and draws from the commitment once the source is out.
 */
let t: TestApp;
let officer: Agent, chief: Agent, inspector: Agent, shinanOfficer: Agent, shinanChief: Agent, admin: Agent, lead: Agent;
beforeAll(async () => {
  t = await startTestApp();
  [officer, chief, inspector, shinanOfficer, shinanChief, admin, lead] = await Promise.all(
    ['city.officer', 'city.chief', 'city.inspector', 'shinan.officer', 'shinan.chief', 'admin', 'city.lead'].map((u) => t.login(u)),
  );
});
afterAll(() => t.close());

const DAY = 24 * 3600_000;
const planLine = async (unitId: number) =>
  (
    await t.db.query<{ id: number }>(
      `SELECT l.id FROM plan_lines l JOIN plans p ON p.id = l."planId" JOIN items i ON i.id = l."itemId"
        WHERE p."unitId" = $1 AND p.year = 2026 AND i.name LIKE '用人单位支付劳动者工资%'`,
      [unitId],
    )
  )[0].id;
let seq = 700;
const newTask = async (over: Record<string, unknown> = {}) => {
  const res = await officer.post('/api/tasks').send({
    code: `QD-2026-${++seq}`,
    title: '2026年工资支付专项抽查（承诺）',
    planLineId: await planLine(1),
    origin: 'own',
    districts: ['370202', '370212'],
    ratioBp: 500,
    teamSize: 2,
    method: 'onsite',
    deadline: '2026-12-20',
    publicSourceRequired: true,
    publicSourceNote: '福彩3D 开奖号码',
    ...over,
  });
  expect(res.status).toBe(201);
  return res.body as { id: number; code: string };
};
const fileOf = (value: unknown) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qd-commit-')), 'x.json');
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
};
const stored = async (table: string) => JSON.stringify(await t.db.query(`SELECT * FROM ${table} ORDER BY id`));
const nonceOf = async (commitmentId: number) => (await t.db.query<{ nonce: string }>('SELECT nonce FROM commitments WHERE id = $1', [commitmentId]))[0].nonce;
const verify = (...files: string[]) => runToEnd(['api/cli/verify-draw.ts', ...files]);

describe('commit (DRAW-SPEC §1a)', () => {
  it('refuses a bad or missing source date, a task without a public source, and other users — storing nothing', async () => {
    const task = await newTask();
    const plain = await newTask({ publicSourceRequired: false, publicSourceNote: null });
    const before = { commitments: await stored('commitments'), tasks: await stored('tasks') };
    const missing = await officer.post(`/api/tasks/${task.id}/commit`).send({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toHaveProperty('publicSourceDate');
    expect((await officer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-13-01' })).status).toBe(400);
    expect((await officer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-03-10', nonce: 'ab' })).status).toBe(400);
    // Today (2026-03-02 in China) is not before the source is known; nor is a date after the task's deadline.
    const today = await officer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-03-02' });
    expect(today.status).toBe(400);
    expect(today.body.errors.publicSourceDate).toMatch(/2026-03-02/);
    expect((await officer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-12-21' })).body.errors).toHaveProperty('publicSourceDate');
    const noSource = await officer.post(`/api/tasks/${plain.id}/commit`).send({ publicSourceDate: '2026-03-10' });
    expect([noSource.status, noSource.body.code]).toEqual([409, 'no_public_source']);
    expect((await inspector.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-03-10' })).status).toBe(403);
    expect((await lead.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-03-10' })).status).toBe(403);
    expect((await shinanOfficer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-03-10' })).status).toBe(404);
    expect({ commitments: await stored('commitments'), tasks: await stored('tasks') }).toEqual(before);
  });

  it('draws a task that announced its source only from a commitment', async () => {
    const task = await newTask();
    const res = await officer.post(`/api/tasks/${task.id}/draw`).send({ publicSource: '2026-03-01 福彩3D 1 2 3' });
    expect([res.status, res.body.code]).toEqual([409, 'not_committed']);
    expect(await t.db.query('SELECT id FROM draws WHERE "taskId" = $1', [task.id])).toEqual([]);
  });
});

describe('commit, announce, draw', () => {
  let task: { id: number; code: string };
  let announced: { id: number; commitment: string; poolHash: string; inspectorPoolHash: string; committedAt: string; pool: { id: string }[] };
  let nonce: string;
  let drawId: number;

  it('commits: both pools frozen, the commitment published, the task 已承诺 and no longer editable; a second commitment is refused', async () => {
    task = await newTask();
    const res = await officer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-03-10' });
    expect(res.status).toBe(201);
    announced = res.body;
    nonce = await nonceOf(announced.id);
    expect(nonce).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body).toMatchObject({
      taskCode: task.code,
      status: 'live',
      commitment: computeCommitment(task.code, nonce),
      publicSourceNote: '福彩3D 开奖号码',
      publicSourceDate: '2026-03-10',
      committedAt: '2026-03-02T01:00:00.000Z',
      ratioBp: 500,
      teamSize: 2,
    });
    expect(res.body.pool.length).toBe(res.body.poolSize);
    expect(res.body.inspectorPool.length).toBeGreaterThan(2);
    expect((await officer.get(`/api/tasks/${task.id}`)).body.status).toBe('committed');
    const edit = await officer.put(`/api/tasks/${task.id}`).send({ title: '改一改标题' });
    expect([edit.status, edit.body.code]).toEqual([409, 'task_not_draft']);
    expect((await officer.delete(`/api/tasks/${task.id}`)).status).toBe(409);
    const again = await officer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-03-11' });
    expect([again.status, again.body.code]).toEqual([409, 'already_committed']);
    expect(await t.db.query('SELECT id FROM commitments WHERE "taskId" = $1', [task.id])).toHaveLength(1);
  });

  it('the commitment is public at once, and the nonce is in no answer: task, lists, audit, public endpoints', async () => {
    const anonymous = request(t.app);
    const pub = await anonymous.get(`/api/public/commitments/${task.code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.commitments).toHaveLength(1);
    expect(pub.body.commitments[0]).toMatchObject({
      commitment: announced.commitment,
      poolHash: announced.poolHash,
      inspectorPoolHash: announced.inspectorPoolHash,
    });
    expect((await anonymous.get('/api/public/commitments/QD-2026-999')).status).toBe(404);
    const answers = [
      pub,
      await officer.get(`/api/tasks/${task.id}`),
      await officer.get('/api/tasks'),
      await officer.get(`/api/tasks/${task.id}/preview`),
      await officer.get('/api/commitments'),
      await officer.get(`/api/commitments/${announced.id}`),
      await chief.get('/api/commitments').query({ filter: JSON.stringify({ taskId: task.id }) }),
      await officer.get('/api/draws'),
      await admin.get('/api/audit').query({ range: '[0,99]' }),
      await lead.get('/api/audit').query({ range: '[0,99]' }),
      await officer.get('/api/entities/export').query({ format: 'csv' }),
    ];
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.text).not.toContain(nonce);
    }
    expect((await officer.get(`/api/commitments/${announced.id}`)).body).not.toHaveProperty('nonce');
    expect(await stored('audit')).not.toContain(nonce);
  });

  it('refuses the draw before the source’s date and without the source; then draws from the frozen pools despite library changes', async () => {
    const early = await officer.post(`/api/tasks/${task.id}/draw`).send({ publicSource: '2026-03-10 福彩3D 4 1 9' });
    expect([early.status, early.body.code]).toEqual([409, 'source_not_due']);
    t.clock.advance(8 * DAY + 13 * 3600_000); // 2026-03-10 22:00 in China: the source is out
    // Sessions lapse over the week's wait: everyone signs in again.
    [officer, chief, shinanChief] = await Promise.all(['city.officer', 'city.chief', 'shinan.chief'].map((u) => t.login(u)));
    expect((await officer.post(`/api/tasks/${task.id}/draw`).send({})).body.errors).toHaveProperty('publicSource');
    expect(await t.db.query('SELECT id FROM draws WHERE "taskId" = $1', [task.id])).toEqual([]);

    // The libraries change after the commitment: a pool entity closes, another moves out of the task's districts,
    // an inspector leaves, a new conflict is declared. The draw must not see any of it.
    const [closed, moved] = announced.pool.map((p) => p.id);
    await t.db.query(`UPDATE entities SET status = 'cancelled' WHERE uscc = $1`, [closed]);
    await t.db.query(`UPDATE entities SET district = '370203' WHERE uscc = $1`, [moved]);
    const pool = (await t.db.query<{ inspectorPool: { id: string }[] }>('SELECT "inspectorPool" FROM commitments WHERE id = $1', [announced.id]))[0]
      .inspectorPool;
    await t.db.query(`UPDATE inspectors SET status = 'transferred' WHERE id = $1`, [Number(pool[0].id)]);
    expect((await officer.get(`/api/tasks/${task.id}/preview`)).body.poolSize).toBe(announced.pool.length);

    const res = await officer.post(`/api/tasks/${task.id}/draw`).send({ publicSource: '2026-03-10 福彩3D 4 1 9' });
    expect(res.status).toBe(201);
    drawId = res.body.drawId;
    const record = (await officer.get(`/api/draws/${drawId}`)).body;
    expect(record).toMatchObject({
      nonce,
      publicSource: '2026-03-10 福彩3D 4 1 9',
      commitment: announced.commitment,
      poolHash: announced.poolHash,
      inspectorPoolHash: announced.inspectorPoolHash,
      committedAt: announced.committedAt,
      publicSourceDate: '2026-03-10',
    });
    expect(record.pool).toEqual(announced.pool);
    expect(record.pool.map((p: { id: string }) => p.id)).toContain(closed);
    expect(record.inspectorPool.map((i: { id: string }) => i.id)).toContain(pool[0].id);
    expect((await officer.get(`/api/tasks/${task.id}`)).body.status).toBe('drawn');
    expect((await officer.get(`/api/commitments/${announced.id}`)).body).toMatchObject({ status: 'drawn', drawId });

    const announcement = (await request(t.app).get(`/api/public/commitments/${task.code}`)).body;
    const verified = await verify(fileOf(record), fileOf(announcement));
    expect(verified.out).toMatch(/checks out.*commitment, inspectorPoolHash, committedAt before 2026-03-10 \(as announced\)/);
    expect(verified.code).toBe(0);
  });

  it('verify:draw names what was tampered with: commitment, pool, inspector pool, committedAt, the announcement', async () => {
    const record = (await officer.get(`/api/draws/${drawId}`)).body;
    const announcement = (await request(t.app).get(`/api/public/commitments/${task.code}`)).body;
    const flip = (h: string) => (h[0] === '0' ? '1' : '0') + h.slice(1);
    const cases: [string, object, RegExp][] = [
      ['commitment', { ...record, commitment: flip(record.commitment) }, /^- commitment: /m],
      [
        'pool',
        { ...record, pool: [{ ...record.pool[0], stratum: record.pool[0].stratum === '市南区' ? '崂山区' : '市南区' }, ...record.pool.slice(1)] },
        /^- poolHash: /m,
      ],
      ['inspector pool', { ...record, inspectorPool: record.inspectorPool.slice(1) }, /^- inspectorPoolHash: /m],
      ['exclusions', { ...record, exclusions: [...record.exclusions, [record.pool[0].id, record.inspectorPool[0].id]] }, /^- inspectorPoolHash: /m],
      ['committedAt', { ...record, committedAt: '2026-03-10T01:00:00.000Z' }, /^- committedAt: committed on 2026-03-10, not before/m],
    ];
    for (const [, tampered, named] of cases) {
      const res = await verify(fileOf(tampered));
      expect(res.code).toBe(1);
      expect(res.out).toMatch(named);
    }
    const otherAnnouncement = { ...announcement, commitments: [{ ...announcement.commitments[0], poolHash: flip(announcement.commitments[0].poolHash) }] };
    const res = await verify(fileOf(record), fileOf(otherAnnouncement));
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^- poolHash: announced /m);
  });
});

describe('voiding a commitment', () => {
  it('only the office’s head, with a reason; the voided one stays public with its nonce, and a new commitment is a new one', async () => {
    const task = await newTask();
    const first = (await officer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-12-01' })).body;
    expect((await officer.post(`/api/commitments/${first.id}/void`).send({ reason: '随机源公布日期有误' })).status).toBe(403);
    expect((await shinanChief.post(`/api/commitments/${first.id}/void`).send({ reason: '随机源公布日期有误' })).status).toBe(404);
    const before = await stored('commitments');
    expect((await chief.post(`/api/commitments/${first.id}/void`).send({})).status).toBe(400);
    expect((await chief.post(`/api/commitments/${first.id}/void`).send({ reason: 'x' })).status).toBe(400);
    expect(await stored('commitments')).toEqual(before);
    expect((await chief.post(`/api/commitments/${first.id}/void`).send({ reason: '随机源公布日期有误' })).status).toBe(200);
    expect((await chief.post(`/api/commitments/${first.id}/void`).send({ reason: '随机源公布日期有误' })).body.code).toBe('already_voided');
    expect((await officer.get(`/api/tasks/${task.id}`)).body.status).toBe('draft');

    const second = (await officer.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-12-02' })).body;
    expect(second.id).not.toBe(first.id);
    expect(second.commitment).not.toBe(first.commitment);
    const pub = (await request(t.app).get(`/api/public/commitments/${task.code}`)).body;
    expect(pub.commitments.map((c: { id: number; status: string }) => [c.id, c.status])).toEqual([
      [second.id, 'live'],
      [first.id, 'voided'],
    ]);
    expect(pub.commitments[1]).toMatchObject({ voidReason: '随机源公布日期有误', nonce: await nonceOf(first.id) });
    expect(computeCommitment(task.code, pub.commitments[1].nonce)).toBe(first.commitment);
    expect(pub.commitments[0]).not.toHaveProperty('nonce');
  });

  it('no one draws themselves: a member of the frozen inspector pool may not run the draw (§5)', async () => {
    const task = await newTask();
    // The head commits, so the officer — an inspector of the office — is in the frozen pool.
    const c = (await chief.post(`/api/tasks/${task.id}/commit`).send({ publicSourceDate: '2026-03-11' }).expect(201)).body;
    const [own] = await t.db.query<{ id: number }>(`SELECT i.id FROM inspectors i JOIN users u ON u.id = i."userId" WHERE u.username = 'city.officer'`);
    expect(c.inspectorPool.map((i: { id: string }) => i.id)).toContain(String(own.id));
    t.clock.advance(DAY);
    [officer, chief] = await Promise.all(['city.officer', 'city.chief'].map((u) => t.login(u)));
    const res = await officer.post(`/api/tasks/${task.id}/draw`).send({ publicSource: '2026-03-11 福彩3D 0 0 7' });
    expect([res.status, res.body.code]).toEqual([409, 'drawer_in_pool']);
    expect((await chief.post(`/api/tasks/${task.id}/draw`).send({ publicSource: '2026-03-11 福彩3D 0 0 7' })).status).toBe(201);
  });

  it('a commitment already drawn from is not voided: its draw is (the demo task SN-2026-003)', async () => {
    const [{ id }] = await t.db.query<{ id: number }>(
      `SELECT c.id FROM commitments c JOIN tasks t ON t.id = c."taskId" WHERE t.code = 'SN-2026-003' AND c.status = 'drawn'`,
    );
    const res = await (await t.login('shinan.chief')).post(`/api/commitments/${id}/void`).send({ reason: '想重新抽取' });
    expect([res.status, res.body.code]).toEqual([409, 'already_drawn']);
  });
});

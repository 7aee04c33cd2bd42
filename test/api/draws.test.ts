import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { runToEnd } from '../support/process.js';

let t: TestApp;
type Agent = Awaited<ReturnType<TestApp['login']>>;
let cityOfficer: Agent, cityChief: Agent, cityInspector: Agent, shinanOfficer: Agent, shinanChief: Agent, shinanInspector: Agent, admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  [cityOfficer, cityChief, cityInspector, shinanOfficer, shinanChief, shinanInspector, admin] = await Promise.all(
    ['city.officer', 'city.chief', 'city.inspector', 'shinan.officer', 'shinan.chief', 'shinan.inspector', 'admin'].map((u) => t.login(u)),
  );
});
afterAll(() => t.close());

const taskIdOf = (code: string) => t.db.query<{ id: number }>('SELECT id FROM tasks WHERE code = $1', [code]).then((r) => r[0].id);
const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
/** The plan line of a unit's 2026 plan for 劳动保障监察's wage-payment item (line 1). */
const planLine = async (unitId: number) =>
  (await t.db.query<{ id: number }>(
    `SELECT l.id FROM plan_lines l JOIN plans p ON p.id = l."planId" JOIN items i ON i.id = l."itemId"
      WHERE p."unitId" = $1 AND p.year = 2026 AND i.name LIKE '用人单位支付劳动者工资%'`,
    [unitId],
  ))[0].id;
let seq = 100;
const task = async (unitId: number, over: Record<string, unknown> = {}) => ({
  code: `QD-2026-${++seq}`,
  title: '2026年工资支付专项抽查',
  planLineId: await planLine(unitId),
  origin: 'own',
  districts: unitId === 1 ? ['370202', '370212'] : ['370202'],
  ratioBp: 500,
  teamSize: 2,
  method: 'onsite',
  deadline: '2026-12-20',
  ...over,
});
const fileOf = (record: unknown) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qd-draw-')), 'record.json');
  fs.writeFileSync(file, JSON.stringify(record));
  return file;
};

describe('tasks and the QD-DRAW-2 draw (§9.1, §9.2)', () => {
  let taskId: number;
  let drawId: number;

  it('the implementing office creates a task from a published plan line; the preview shows pool, quotas and inspectors per district', async () => {
    const res = await cityOfficer.post('/api/tasks').send(await task(1));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', unitId: 1, lineId: 1, year: 2026 });
    taskId = res.body.id;
    const preview = (await cityOfficer.get(`/api/tasks/${taskId}/preview`)).body;
    expect(preview.strata.map((s: { stratum: string }) => s.stratum).sort()).toEqual(['崂山区', '市南区'].sort());
    for (const s of preview.strata) {
      expect(s.quota).toBe(Math.ceil((s.candidates * 500) / 10000));
      expect(s.eligibleInspectors).toBeGreaterThanOrEqual(2);
    }
  });

  it('refuses the draw to an inspector (403), to another unit (404) and to another line’s office (403)', async () => {
    expect((await cityInspector.post(`/api/tasks/${taskId}/draw`).send({})).status).toBe(403);
    expect((await shinanOfficer.post(`/api/tasks/${taskId}/draw`).send({})).status).toBe(404);
    await admin.post('/api/users').send({ username: 'city.relations', name: '劳动关系处经办', role: 'officer', unitId: 1, departmentId: 3, password: 'Relations#2026' });
    const otherLine = await t.login('city.relations', 'Relations#2026');
    expect((await otherLine.post(`/api/tasks/${taskId}/draw`).send({})).status).toBe(403);
  });

  it('draws once (201 with drawId), stores a record that an independent verifier recomputes, and a second draw is 409', async () => {
    const res = await cityOfficer.post(`/api/tasks/${taskId}/draw`).send({});
    expect(res.status).toBe(201);
    drawId = res.body.drawId;
    const record = (await cityOfficer.get(`/api/draws/${drawId}`)).body;
    for (const field of ['algorithm', 'kind', 'taskCode', 'nonce', 'publicSource', 'seed', 'pool', 'poolHash', 'ratioBp', 'quotas', 'selected', 'teamSize', 'inspectorPool', 'exclusions', 'teams', 'replacements', 'status']) expect(record).toHaveProperty(field);
    expect(record).toMatchObject({ algorithm: 'QD-DRAW-2', kind: 'full', status: 'valid', ratioBp: 500, teamSize: 2, replacements: [] });
    expect(record.nonce).toMatch(/^[0-9a-f]{64}$/);
    const verified = await runToEnd(['api/cli/verify-draw.ts', fileOf(record)]);
    expect(verified.out).toMatch(/checks out/);
    expect(verified.code).toBe(0);
    const tampered = { ...record, selected: [...record.selected].reverse() };
    const bad = await runToEnd(['api/cli/verify-draw.ts', fileOf(tampered)]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/selected/);
    expect((await cityOfficer.post(`/api/tasks/${taskId}/draw`).send({})).status).toBe(409);
    const assignments = (await cityOfficer.get('/api/assignments').query({ filter: JSON.stringify({ taskId }), range: '[0,99]' })).body;
    expect(assignments.length).toBe(record.selected.length);
    for (const a of assignments) expect(a.inspectorIds.map(String)).toEqual(record.teams[a.uscc]);
  });

  it('the public sees the record only once the head publishes it', async () => {
    expect((await request(t.app).get(`/api/public/draws/${drawId}`)).status).toBe(404);
    expect((await cityOfficer.post(`/api/draws/${drawId}/publish`).send({})).status).toBe(403);
    expect((await cityChief.post(`/api/draws/${drawId}/publish`).send({})).status).toBe(200);
    const pub = await request(t.app).get(`/api/public/draws/${drawId}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ algorithm: 'QD-DRAW-2', status: 'valid' });
  });

  it('voiding a draw closes the replacement requests about its teams', async () => {
    const [a] = (await cityOfficer.get('/api/assignments').query({ filter: JSON.stringify({ drawId, active: true }) })).body;
    const asked = await cityOfficer.post(`/api/assignments/${a.id}/replacements`).send({ inspectorId: a.inspectorIds[0], kind: 'health', reason: '身体原因' });
    expect(asked.status).toBe(201);
    expect((await cityChief.post(`/api/draws/${drawId}/void`).send({ reason: '作废测试' })).status).toBe(200);
    const closed = (await cityOfficer.get(`/api/replacements/${asked.body.id}`)).body;
    expect(closed).toMatchObject({ status: 'rejected' });
    expect((await cityChief.post(`/api/replacements/${asked.body.id}/approve`).send({})).status).toBe(409);
    const again = await cityOfficer.post(`/api/tasks/${taskId}/draw`).send({});
    expect(again.status).toBe(201);
    drawId = again.body.drawId;
  });

  it('only the head voids, with a reason; the voided record stays visible and the next draw has a new nonce', async () => {
    expect((await cityOfficer.post(`/api/draws/${drawId}/void`).send({ reason: '范围设置错误' })).status).toBe(403);
    expect((await cityChief.post(`/api/draws/${drawId}/void`).send({})).status).toBe(400);
    expect((await cityChief.post(`/api/draws/${drawId}/void`).send({ reason: '抽取范围设置错误，重新抽取' })).status).toBe(200);
    const voided = (await cityOfficer.get(`/api/draws/${drawId}`)).body;
    expect(voided).toMatchObject({ status: 'voided', voidReason: '抽取范围设置错误，重新抽取' });
    expect((await cityOfficer.get(`/api/tasks/${taskId}`)).body.status).toBe('draft');
    const again = await cityOfficer.post(`/api/tasks/${taskId}/draw`).send({});
    expect(again.status).toBe(201);
    expect(again.body.seed).not.toBe(voided.seed);
  });

  it('a draw that cannot be staffed fails naming the entities, and stores nothing', async () => {
    const created = await shinanOfficer.post('/api/tasks').send(await task(2, { teamSize: 10 }));
    expect(created.status).toBe(201);
    const before = { draws: await count('draws'), assignments: await count('assignments'), audit: await count('audit') };
    const res = await shinanOfficer.post(`/api/tasks/${created.body.id}/draw`).send({});
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('draw_failed');
    expect(Object.keys(res.body.errors).length).toBeGreaterThan(0);
    expect({ draws: await count('draws'), assignments: await count('assignments'), audit: await count('audit') }).toEqual(before);
    expect((await shinanOfficer.get(`/api/tasks/${created.body.id}`)).body.status).toBe('draft');
  });

  it('a task that announced a public randomness source refuses to draw without it', async () => {
    const created = await shinanOfficer.post('/api/tasks').send(await task(2, { publicSourceRequired: true, publicSourceNote: '2026-12-01 福彩3D 开奖号码' }));
    expect((await shinanOfficer.post(`/api/tasks/${created.body.id}/draw`).send({})).body.errors).toHaveProperty('publicSource');
    const ok = await shinanOfficer.post(`/api/tasks/${created.body.id}/draw`).send({ publicSource: '2026-12-01 福彩3D 4 1 9' });
    expect(ok.status).toBe(201);
  });
});

describe('dispatch to districts (§9.1.1)', () => {
  it('a city draw over districts sends each its share; the district acknowledges receipt and matches its own inspectors', async () => {
    const created = await cityOfficer.post('/api/tasks').send(await task(1, { origin: 'dispatched', dispatch: true, districts: ['370202', '370203'] }));
    const drawn = await cityOfficer.post(`/api/tasks/${created.body.id}/draw`).send({});
    expect(drawn.status).toBe(201);
    expect(drawn.body).toMatchObject({ kind: 'entities', teamCount: 0 });
    expect((await cityOfficer.get(`/api/draws/${drawn.body.drawId}`)).body).toMatchObject({ kind: 'entities', inspectorPool: [], exclusions: [], teams: {} });
    const [share] = (await shinanOfficer.get('/api/dispatches').query({ filter: JSON.stringify({ taskId: created.body.id }) })).body;
    expect(share).toMatchObject({ status: 'sent', district: '370202', receivedAt: null });
    // The receiving district reads the task its share belongs to (it reads no other city task).
    expect((await shinanOfficer.get(`/api/tasks/${created.body.id}`)).status).toBe(200);
    expect((await shinanOfficer.get(`/api/tasks/${await taskIdOf('QD-2026-001')}`)).status).toBe(404);
    expect((await shinanOfficer.post(`/api/dispatches/${share.id}/draw`).send({})).status).toBe(409);
    expect((await shinanInspector.post(`/api/dispatches/${share.id}/receive`).send({})).status).toBe(404);
    expect((await shinanOfficer.post(`/api/dispatches/${share.id}/receive`).send({})).status).toBe(200);
    const team = await shinanOfficer.post(`/api/dispatches/${share.id}/draw`).send({});
    expect(team.status).toBe(201);
    expect(team.body.teamCount).toBe(share.entityCount);
    const teamRecord = (await shinanOfficer.get(`/api/draws/${team.body.drawId}`)).body;
    expect(teamRecord).toMatchObject({ kind: 'team', count: share.entityCount });
    const verified = await runToEnd(['api/cli/verify-draw.ts', fileOf(teamRecord)]);
    expect(verified.code).toBe(0);
    const shinanIds = (await t.db.query<{ id: number }>('SELECT id FROM inspectors WHERE "unitId" = 2')).map((r) => String(r.id));
    for (const members of Object.values(teamRecord.teams) as string[][]) for (const m of members) expect(shinanIds).toContain(m);
    const cityView = (await cityOfficer.get('/api/dispatches').query({ filter: JSON.stringify({ taskId: created.body.id }) })).body;
    expect(cityView.map((d: { status: string }) => d.status).sort()).toEqual(['matched', 'sent']);
  });
});

describe('recusal and replacement (§9.2.2)', () => {
  let assignment: { id: number; inspectorIds: number[]; uscc: string };
  let shinanInspectorId: number;
  beforeAll(async () => {
    // Teams of all but two of the certified 市南区 staff: shinan.inspector is on nearly every team, and two are left to replace.
    [{ id: shinanInspectorId }] = await t.db.query<{ id: number }>(`SELECT i.id FROM inspectors i JOIN users u ON u.id = i."userId" WHERE u.username = 'shinan.inspector'`);
    const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspectors WHERE "unitId" = 2 AND status = 'active' AND "certificateNo" IS NOT NULL AND category <> 'supervisor'`);
    const created = await shinanOfficer.post('/api/tasks').send(await task(2, { teamSize: n - 2, count: 6, ratioBp: null }));
    const drawn = await shinanOfficer.post(`/api/tasks/${created.body.id}/draw`).send({});
    expect(drawn.status).toBe(201);
    const list = (await shinanOfficer.get('/api/assignments').query({ filter: JSON.stringify({ taskId: created.body.id }) })).body;
    assignment = list.find((a: { inspectorIds: number[] }) => a.inspectorIds.includes(shinanInspectorId)) ?? list[0];
  });

  it('an inspector sees its own assignments (我的检查任务) and nothing else', async () => {
    const mine = (await shinanInspector.get('/api/assignments').query({ range: '[0,99]' })).body;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((a: { inspectorIds: number[] }) => a.inspectorIds.includes(shinanInspectorId))).toBe(true);
    const tasksSeen = (await shinanInspector.get('/api/tasks').query({ range: '[0,99]' })).body as { unitId: number; dispatch: boolean; districts: string[] }[];
    expect(tasksSeen.every((x) => x.unitId === 2 || (x.dispatch && x.districts.includes('370202')))).toBe(true);
  });

  it('an inspector asks to be recused; the head approves; the replacement is drawn by DRAW-SPEC §6 and the conflict recorded', async () => {
    expect(assignment.inspectorIds).toContain(shinanInspectorId);
    const asked = await shinanInspector.post(`/api/assignments/${assignment.id}/replacements`).send({ inspectorId: shinanInspectorId, kind: 'recusal', reason: '近亲属在该单位任职' });
    expect(asked.status).toBe(201);
    const other = assignment.inspectorIds.find((i) => i !== shinanInspectorId)!;
    expect((await shinanInspector.post(`/api/assignments/${assignment.id}/replacements`).send({ inspectorId: other, kind: 'health', reason: '替别人申请' })).status).toBe(403);
    expect((await shinanOfficer.post(`/api/replacements/${asked.body.id}/approve`).send({})).status).toBe(403);
    const approved = await shinanChief.post(`/api/replacements/${asked.body.id}/approve`).send({ reason: '同意回避' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', n: 1 });
    expect(approved.body.candidates.length).toBeGreaterThan(0);
    const updated = (await shinanOfficer.get(`/api/assignments/${assignment.id}`)).body;
    expect(updated.inspectorIds).not.toContain(shinanInspectorId);
    expect(updated.inspectorIds).toContain(approved.body.replacementInspectorId);
    expect(await t.db.query('SELECT 1 FROM conflicts WHERE "inspectorId" = $1 AND "entityId" = $2', [shinanInspectorId, (updated as { entityId: number }).entityId])).toHaveLength(1);
  });

  it('an officer asks to replace for 岗位调整; nobody approves their own request; the head may reject with a reason', async () => {
    const current = (await shinanOfficer.get(`/api/assignments/${assignment.id}`)).body;
    const asked = await shinanChief.post(`/api/assignments/${assignment.id}/replacements`).send({ inspectorId: current.inspectorIds[0], kind: 'post_change', reason: '岗位调整至其他科室' });
    expect(asked.status).toBe(201);
    const own = await shinanChief.post(`/api/replacements/${asked.body.id}/approve`).send({});
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('own_request');
    const byOfficer = await shinanOfficer.post(`/api/assignments/${assignment.id}/replacements`).send({ inspectorId: current.inspectorIds[1], kind: 'work_conflict', reason: '同期承担专项任务' });
    expect((await shinanChief.post(`/api/replacements/${byOfficer.body.id}/reject`).send({})).status).toBe(400);
    const rejected = await shinanChief.post(`/api/replacements/${byOfficer.body.id}/reject`).send({ reason: '任务可错开安排' });
    expect(rejected.body).toMatchObject({ status: 'rejected' });
  });
});

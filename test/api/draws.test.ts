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
  (
    await t.db.query<{ id: number }>(
      `SELECT l.id FROM plan_lines l JOIN plans p ON p.id = l."planId" JOIN items i ON i.id = l."itemId"
      WHERE p."unitId" = $1 AND p.year = 2026 AND i.name LIKE '用人单位支付劳动者工资%'`,
      [unitId],
    )
  )[0].id;
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
    await admin
      .post('/api/users')
      .send({ username: 'city.relations', name: '劳动关系处经办', role: 'officer', unitId: 1, departmentId: 3, password: 'Relations#2026' });
    const otherLine = await t.login('city.relations', 'Relations#2026');
    expect((await otherLine.post(`/api/tasks/${taskId}/draw`).send({})).status).toBe(403);
  });

  it('draws once (201 with drawId), stores a record that an independent verifier recomputes, and a second draw is 409', async () => {
    const res = await cityOfficer.post(`/api/tasks/${taskId}/draw`).send({});
    expect(res.status).toBe(201);
    drawId = res.body.drawId;
    const record = (await cityOfficer.get(`/api/draws/${drawId}`)).body;
    for (const field of [
      'algorithm',
      'kind',
      'taskCode',
      'nonce',
      'publicSource',
      'seed',
      'pool',
      'poolHash',
      'ratioBp',
      'quotas',
      'selected',
      'teamSize',
      'inspectorPool',
      'exclusions',
      'teams',
      'replacements',
      'status',
    ])
      expect(record).toHaveProperty(field);
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

  it('a screen reads the record as a summary and pages its selection; both are in scope like the record', async () => {
    const record = (await cityOfficer.get(`/api/draws/${drawId}`)).body;
    const summary = (await cityOfficer.get(`/api/draws/${drawId}/summary`)).body;
    expect(summary).toMatchObject({
      drawId,
      algorithm: 'QD-DRAW-2',
      kind: 'full',
      seed: record.seed,
      poolHash: record.poolHash,
      quotas: record.quotas,
      poolSize: record.pool.length,
    });
    expect(summary).toMatchObject({
      selectedCount: record.selected.length,
      firstSelected: record.selected[0],
      teamCount: Object.keys(record.teams).length,
      inspectorCount: record.inspectorPool.length,
      replacements: [],
    });
    const perStratum: Record<string, number> = {};
    for (const p of record.pool) perStratum[p.stratum] = (perStratum[p.stratum] ?? 0) + 1;
    expect(summary.candidates).toEqual(perStratum);
    for (const long of ['pool', 'selected', 'teams', 'inspectorPool', 'exclusions']) expect(summary).not.toHaveProperty(long);
    const page = await cityOfficer.get(`/api/draws/${drawId}/selected`).query({ range: '[1,2]' });
    expect(page.headers['content-range']).toBe(`selected 1-2/${record.selected.length}`);
    const stratumOf = new Map(record.pool.map((p: { id: string; stratum: string }) => [p.id, p.stratum]));
    expect(page.body).toEqual(record.selected.slice(1, 3).map((uscc: string, i: number) => ({ id: uscc, rank: i + 2, uscc, stratum: stratumOf.get(uscc) })));
    expect((await shinanOfficer.get(`/api/draws/${drawId}/summary`)).status).toBe(404);
    expect((await shinanOfficer.get(`/api/draws/${drawId}/selected`)).status).toBe(404);
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

  it('a task that announced a public randomness source draws only from a commitment (DRAW-SPEC §1a; see commitments.test.ts)', async () => {
    const created = await shinanOfficer.post('/api/tasks').send(await task(2, { publicSourceRequired: true, publicSourceNote: '2026-12-01 福彩3D 开奖号码' }));
    const res = await shinanOfficer.post(`/api/tasks/${created.body.id}/draw`).send({ publicSource: '2026-12-01 福彩3D 4 1 9' });
    expect([res.status, res.body.code]).toEqual([409, 'not_committed']);
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
    // Teams of all but three of the certified 市南区 staff (the officer running the draw is not in its pool): shinan.inspector
    // is on nearly every team, and two are left to replace (one of them, should it be the head deciding, is not drawn).
    [{ id: shinanInspectorId }] = await t.db.query<{ id: number }>(
      `SELECT i.id FROM inspectors i JOIN users u ON u.id = i."userId" WHERE u.username = 'shinan.inspector'`,
    );
    const [{ n }] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM inspectors WHERE "unitId" = 2 AND status = 'active' AND "certificateNo" IS NOT NULL AND category <> 'supervisor'`,
    );
    const created = await shinanOfficer.post('/api/tasks').send(await task(2, { teamSize: n - 3, count: 6, ratioBp: null }));
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
    const asked = await shinanInspector
      .post(`/api/assignments/${assignment.id}/replacements`)
      .send({ inspectorId: shinanInspectorId, kind: 'recusal', reason: '近亲属在该单位任职' });
    expect(asked.status).toBe(201);
    const other = assignment.inspectorIds.find((i) => i !== shinanInspectorId)!;
    expect(
      (await shinanInspector.post(`/api/assignments/${assignment.id}/replacements`).send({ inspectorId: other, kind: 'health', reason: '替别人申请' })).status,
    ).toBe(403);
    expect((await shinanOfficer.post(`/api/replacements/${asked.body.id}/approve`).send({})).status).toBe(403);
    const approved = await shinanChief.post(`/api/replacements/${asked.body.id}/approve`).send({ reason: '同意回避' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', n: 1 });
    expect(approved.body.candidates.length).toBeGreaterThan(0);
    const updated = (await shinanOfficer.get(`/api/assignments/${assignment.id}`)).body;
    expect(updated.inspectorIds).not.toContain(shinanInspectorId);
    expect(updated.inspectorIds).toContain(approved.body.replacementInspectorId);
    expect(
      await t.db.query('SELECT 1 FROM conflicts WHERE "inspectorId" = $1 AND "entityId" = $2', [shinanInspectorId, (updated as { entityId: number }).entityId]),
    ).toHaveLength(1);
  });

  it('an officer asks to replace for 岗位调整; nobody approves their own request; the head may reject with a reason', async () => {
    const current = (await shinanOfficer.get(`/api/assignments/${assignment.id}`)).body;
    const asked = await shinanChief
      .post(`/api/assignments/${assignment.id}/replacements`)
      .send({ inspectorId: current.inspectorIds[0], kind: 'post_change', reason: '岗位调整至其他科室' });
    expect(asked.status).toBe(201);
    const own = await shinanChief.post(`/api/replacements/${asked.body.id}/approve`).send({});
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('own_request');
    const byOfficer = await shinanOfficer
      .post(`/api/assignments/${assignment.id}/replacements`)
      .send({ inspectorId: current.inspectorIds[1], kind: 'work_conflict', reason: '同期承担专项任务' });
    expect((await shinanChief.post(`/api/replacements/${byOfficer.body.id}/reject`).send({})).status).toBe(400);
    const rejected = await shinanChief.post(`/api/replacements/${byOfficer.body.id}/reject`).send({ reason: '任务可错开安排' });
    expect(rejected.body).toMatchObject({ status: 'rejected' });
  });
});

describe('nobody draws themselves (DRAW-SPEC §5, §6)', () => {
  const inspectorOf = async (username: string) =>
    String((await t.db.query<{ id: number }>(`SELECT i.id FROM inspectors i JOIN users u ON u.id = i."userId" WHERE u.username = $1`, [username]))[0].id);
  /** 市南区's inspectors eligible for an on-site task: active and certified, not supervisors. */
  const certified = async () =>
    (
      await t.db.query<{ id: number }>(
        `SELECT id FROM inspectors WHERE "unitId" = 2 AND status = 'active' AND "certificateNo" IS NOT NULL AND category <> 'supervisor' ORDER BY id`,
      )
    ).map((r) => String(r.id));

  it('the officer who runs a draw is in no team of it, though eligible when the head runs one', async () => {
    const officer = await inspectorOf('shinan.officer');
    const chief = await inspectorOf('shinan.chief');
    const all = await certified();
    expect(all).toContain(officer);
    expect(all).toContain(chief);
    // A team of everyone eligible but one: whoever is in the pool is in the team.
    const byOfficer = await shinanOfficer.post('/api/tasks').send(await task(2, { teamSize: all.length - 1, count: 1, ratioBp: null }));
    const drawn = await shinanOfficer.post(`/api/tasks/${byOfficer.body.id}/draw`).send({});
    expect(drawn.status).toBe(201);
    const record = (await shinanOfficer.get(`/api/draws/${drawn.body.drawId}`)).body;
    expect(record.inspectorPool.map((i: { id: string }) => i.id)).toEqual(all.filter((i) => i !== officer));
    expect(Object.values(record.teams).flat()).not.toContain(officer);
    const byChief = await shinanOfficer.post('/api/tasks').send(await task(2, { teamSize: all.length - 1, count: 1, ratioBp: null }));
    const chiefDraw = await shinanChief.post(`/api/tasks/${byChief.body.id}/draw`).send({});
    expect(chiefDraw.status).toBe(201);
    const chiefRecord = (await shinanChief.get(`/api/draws/${chiefDraw.body.drawId}`)).body;
    expect(Object.values(chiefRecord.teams).flat()).toContain(officer);
    expect(chiefRecord.inspectorPool.map((i: { id: string }) => i.id)).not.toContain(chief);
  });

  it('the head deciding replacements is never drawn: successive replacements on one entity run out rather than pick him; both records recompute', async () => {
    const chief = await inspectorOf('shinan.chief');
    const created = await shinanOfficer.post('/api/tasks').send(await task(2, { teamSize: 2, count: 3, ratioBp: null }));
    const drawn = await shinanOfficer.post(`/api/tasks/${created.body.id}/draw`).send({});
    const record = (await shinanOfficer.get(`/api/draws/${drawn.body.drawId}`)).body;
    // Six slots over eight inspectors: some team lacks the head, so he is a candidate there but for §6's exclusion.
    const [uscc, team] = Object.entries(record.teams as Record<string, string[]>).find(([, members]) => !members.includes(chief))!;
    const [a] = (await shinanOfficer.get('/api/assignments').query({ filter: JSON.stringify({ taskId: created.body.id, uscc }) })).body;
    const outside = record.inspectorPool.length - team.length;
    let current = team[0];
    const drawnOnes: string[] = [];
    for (let k = 1; ; k++) {
      const asked = await shinanOfficer
        .post(`/api/assignments/${a.id}/replacements`)
        .send({ inspectorId: Number(current), kind: 'work_conflict', reason: `第${k}次更换` });
      expect(asked.status).toBe(201);
      const approved = await shinanChief.post(`/api/replacements/${asked.body.id}/approve`).send({});
      if (approved.status === 409) {
        expect(approved.body.code).toBe('no_replacement');
        break;
      }
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', n: k });
      current = String(approved.body.replacementInspectorId);
      drawnOnes.push(current);
    }
    // Everyone outside the team was drawn once, in turn, except the head.
    expect(drawnOnes).toHaveLength(outside - 1);
    expect(drawnOnes).not.toContain(chief);
    const stored = (await shinanOfficer.get(`/api/draws/${drawn.body.drawId}`)).body;
    expect(stored.replacements).toHaveLength(outside - 1);
    for (const [k, entry] of stored.replacements.entries()) expect(entry).toMatchObject({ entityId: uscc, n: k + 1, excluded: [chief] });
    expect((await shinanChief.post(`/api/draws/${drawn.body.drawId}/publish`).send({})).status).toBe(200);
    const published = (await request(t.app).get(`/api/public/draws/${drawn.body.drawId}`)).body;
    for (const r of [stored, published]) expect(await runToEnd(['api/cli/verify-draw.ts', fileOf(r)])).toMatchObject({ code: 0 });
    // One changed character in either record: the verifier names the step.
    const second = stored.replacements[1];
    const otherId = record.inspectorPool
      .map((i: { id: string }) => i.id)
      .find((i: string) => i !== second.replacement && i.length === second.replacement.length && i !== chief);
    const tamperedStored = JSON.parse(JSON.stringify(stored));
    tamperedStored.replacements[1].replacement = otherId;
    const bad = await runToEnd(['api/cli/verify-draw.ts', fileOf(tamperedStored)]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/replacement 2 .*replacement/);
    const tamperedPublished = JSON.parse(JSON.stringify(published));
    tamperedPublished.nonce = (published.nonce[0] === '0' ? '1' : '0') + published.nonce.slice(1);
    const badPublic = await runToEnd(['api/cli/verify-draw.ts', fileOf(tamperedPublished)]);
    expect(badPublic.code).toBe(1);
    expect(badPublic.out).toMatch(/seed: record has/);
  });
});

describe('a transferred inspector is replaced everywhere at once (§9.2.2 岗位调整)', () => {
  it('one request for all open tasks of the office; the head approves; every open assignment is replaced by §6 and each record recomputes', async () => {
    const drawIds: number[] = [];
    let departmentId = 0;
    for (let i = 0; i < 2; i++) {
      const created = await cityOfficer.post('/api/tasks').send(await task(1, { ratioBp: 200 }));
      departmentId = created.body.departmentId;
      const drawn = await cityOfficer.post(`/api/tasks/${created.body.id}/draw`).send({});
      expect(drawn.status).toBe(201);
      drawIds.push(drawn.body.drawId);
    }
    const open = async (inspectorId: number) =>
      await t.db.query<{ id: number; drawId: number }>(
        `SELECT a.id, a."drawId" FROM assignments a JOIN tasks t ON t.id = a."taskId" WHERE a.active AND $1 = ANY(a."inspectorIds") AND a."departmentId" = $2 AND t.status IN ('drawn', 'inspecting')`,
        [inspectorId, departmentId],
      );
    // The inspector on most teams of the two new draws.
    const [{ inspectorId }] = await t.db.query<{ inspectorId: number }>(
      `SELECT i AS "inspectorId" FROM assignments a, unnest(a."inspectorIds") i WHERE a."drawId" = ANY($1) AND a.active GROUP BY i ORDER BY count(*) DESC, i LIMIT 1`,
      [drawIds],
    );
    const before = await open(inspectorId);
    expect(new Set(before.map((a) => a.drawId)).size).toBeGreaterThanOrEqual(2);
    expect((await cityInspector.post('/api/replacements/bulk').send({ inspectorId, reason: '调离执法岗位' })).status).toBe(403);
    const asked = await cityOfficer.post('/api/replacements/bulk').send({ inspectorId, reason: '调离执法岗位' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ scope: 'office', kind: 'post_change', status: 'pending', assignmentId: null });
    expect((await cityOfficer.post('/api/replacements/bulk').send({ inspectorId, reason: '重复申请' })).status).toBe(409);
    const approved = await cityChief.post(`/api/replacements/${asked.body.id}/approve`).send({ reason: '同意' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', replacedCount: before.length });
    expect(await open(inspectorId)).toEqual([]);
    const children = (await cityOfficer.get('/api/replacements').query({ filter: JSON.stringify({ parentId: asked.body.id }), range: '[0,99]' })).body;
    expect(children).toHaveLength(before.length);
    expect(children.every((c: { inspectorId: number; status: string }) => c.inspectorId === inspectorId && c.status === 'approved')).toBe(true);
    for (const drawId of new Set(before.map((a) => a.drawId))) {
      const record = (await cityOfficer.get(`/api/draws/${drawId}`)).body;
      expect(record.replacements.filter((r: { replaced: string }) => r.replaced === String(inspectorId)).length).toBe(
        before.filter((a) => a.drawId === drawId).length,
      );
      expect(await runToEnd(['api/cli/verify-draw.ts', fileOf(record)])).toMatchObject({ code: 0 });
    }
    expect((await cityChief.post(`/api/replacements/${asked.body.id}/approve`).send({})).status).toBe(409);
  });

  it('one request naming a task replaces the inspector on that task only', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 2; i++) {
      const created = await shinanOfficer.post('/api/tasks').send(await task(2, { count: 4, ratioBp: null }));
      expect((await shinanOfficer.post(`/api/tasks/${created.body.id}/draw`).send({})).status).toBe(201);
      ids.push(created.body.id);
    }
    const teamsOf = async (taskId: number) =>
      (await t.db.query<{ inspectorIds: number[] }>('SELECT "inspectorIds" FROM assignments WHERE "taskId" = $1 AND active', [taskId])).flatMap(
        (r) => r.inspectorIds,
      );
    const second = await teamsOf(ids[1]);
    const shared = (await teamsOf(ids[0])).find((i) => second.includes(i))!;
    expect(shared).toBeDefined();
    const asked = await shinanOfficer.post('/api/replacements/bulk').send({ inspectorId: shared, taskId: ids[0], reason: '岗位调整' });
    expect(asked.status).toBe(201);
    expect((await shinanChief.post(`/api/replacements/${asked.body.id}/approve`).send({})).status).toBe(200);
    expect(await teamsOf(ids[0])).not.toContain(shared);
    expect(await teamsOf(ids[1])).toEqual(second);
  });
});

describe('the demo data', () => {
  it('every stored demo draw recomputes with verify:draw, replacements included', async () => {
    const fresh = await startTestApp();
    try {
      const agent = await fresh.login('admin');
      const draws = await fresh.db.query<{ id: number; replacements: unknown[] }>('SELECT id, replacements FROM draws ORDER BY id');
      expect(draws.length).toBeGreaterThan(0);
      expect(draws.some((d) => d.replacements.length > 0)).toBe(true);
      for (const { id } of draws) {
        const record = (await agent.get(`/api/draws/${id}`)).body;
        expect(record.algorithm).toBe('QD-DRAW-2');
        const verified = await runToEnd(['api/cli/verify-draw.ts', fileOf(record)]);
        expect(verified.out).toMatch(/checks out/);
        expect(verified.code).toBe(0);
      }
    } finally {
      await fresh.close();
    }
  });

  it('§1a: QD-2026-003 is committed and waits for its source; SN-2026-003 was drawn from its commitment, as announced', async () => {
    const fresh = await startTestApp();
    try {
      const agent = await fresh.login('admin');
      const tasks = (await agent.get('/api/tasks').query({ filter: JSON.stringify({ code: ['QD-2026-003', 'SN-2026-003'] }), sort: '["code","ASC"]' })).body;
      expect(tasks.map((x: { code: string; status: string }) => [x.code, x.status])).toEqual([
        ['QD-2026-003', 'committed'],
        ['SN-2026-003', 'inspecting'],
      ]);
      const waiting = (await request(fresh.app).get('/api/public/commitments/QD-2026-003')).body;
      expect(waiting.commitments.map((c: { status: string }) => c.status)).toEqual(['live']);
      const announcement = (await request(fresh.app).get('/api/public/commitments/SN-2026-003')).body;
      const [{ id }] = await fresh.db.query<{ id: number }>(`SELECT d.id FROM draws d JOIN tasks t ON t.id = d."taskId" WHERE t.code = 'SN-2026-003'`);
      const record = (await agent.get(`/api/draws/${id}`)).body;
      expect(record.commitment).toBe(announcement.commitments[0].commitment);
      const verified = await runToEnd(['api/cli/verify-draw.ts', fileOf(record), fileOf(announcement)]);
      expect(verified.out).toMatch(/checks out/);
      expect(verified.code).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
type Agent = Awaited<ReturnType<TestApp['login']>>;
let shinanLead: Agent, shinanOfficer: Agent, shinanChief: Agent, cityLeadAgent: Agent, cityLead: Agent;
beforeAll(async () => {
  t = await startTestApp();
  [shinanLead, shinanOfficer, shinanChief, cityLead] = await Promise.all(['shinan.lead', 'shinan.officer', 'shinan.chief', 'city.lead'].map((u) => t.login(u)));
  cityLeadAgent = cityLead;
});
afterAll(() => t.close());

const SHINAN = 2;
const itemsOf = (unitId: number) =>
  t.db.query<{ id: number; name: string; lineId: number; methods: string[] }>(
    `SELECT id, name, "lineId", methods FROM items WHERE "unitId" = $1 AND status = 'active' ORDER BY id`,
    [unitId],
  );
const officeOf = async (unitId: number, lineId: number) =>
  (await t.db.query<{ id: number }>('SELECT id FROM departments WHERE "unitId" = $1 AND "lineId" = $2', [unitId, lineId]))[0].id;
const lineFor = async (planId: number, item: { id: number; lineId: number; methods: string[] }, unitId = SHINAN) => ({
  planId,
  itemId: item.id,
  departmentId: await officeOf(unitId, item.lineId),
  ratioBp: 500,
  frequency: 'once',
  windowStart: '2027-04-01',
  windowEnd: '2027-11-30',
  method: item.methods[0],
});

describe('drafting a plan (§8.1)', () => {
  let planId: number;
  it('the lead office creates its unit’s plan for a year, once', async () => {
    const res = await shinanLead.post('/api/plans').send({ unitId: SHINAN, year: 2027, title: '市南区2027年度抽查工作计划' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', planVersion: 0, late: false });
    planId = res.body.id;
    const again = await shinanLead.post('/api/plans').send({ unitId: SHINAN, year: 2027, title: '重复' });
    expect(again.status).toBe(400);
    expect(again.body.errors).toHaveProperty('year');
    expect((await shinanOfficer.post('/api/plans').send({ unitId: SHINAN, year: 2028, title: '经办人不能建计划' })).status).toBe(403);
  });

  it('an implementing office drafts lines for its own line only', async () => {
    const items = await itemsOf(SHINAN);
    const own = items.find((i) => i.lineId === 1)!;
    const other = items.find((i) => i.lineId === 2)!;
    expect((await shinanOfficer.post('/api/planLines').send(await lineFor(planId, own))).status).toBe(201);
    expect((await shinanOfficer.post('/api/planLines').send(await lineFor(planId, other))).status).toBe(403);
  });

  it.each([
    ['both a ratio and a count', { count: 10 }, 'count'],
    ['a window outside the year', { windowStart: '2026-12-01' }, 'windowStart'],
    ['the lead office as implementing department', { departmentId: 7 }, 'departmentId'],
  ])('refuses a line with %s (400 naming the field)', async (_name, over, field) => {
    const items = await itemsOf(SHINAN);
    const res = await shinanLead.post('/api/planLines').send({ ...(await lineFor(planId, items[0])), ...over });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(field);
  });

  it('refuses a retired item (§7.1.4) and another unit’s item', async () => {
    const items = await itemsOf(SHINAN);
    const retired = items[items.length - 1];
    await t.db.query(`UPDATE items SET status = 'retired' WHERE id = $1`, [retired.id]);
    const res = await shinanLead.post('/api/planLines').send(await lineFor(planId, retired));
    expect(res.body.errors).toHaveProperty('itemId');
    await t.db.query(`UPDATE items SET status = 'active' WHERE id = $1`, [retired.id]);
    const [cityItem] = await itemsOf(1);
    expect((await shinanLead.post('/api/planLines').send(await lineFor(planId, cityItem))).body.errors).toHaveProperty('itemId');
  });

  it('§8.3: publishing with an uncovered item is refused with 409 naming the items; exemptions with reasons excuse them', async () => {
    const items = await itemsOf(SHINAN);
    const refused = await shinanLead.post(`/api/plans/${planId}/publish`).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('uncovered_items');
    const coverage = (await shinanLead.get(`/api/plans/${planId}/coverage`)).body;
    expect(coverage.uncovered.length).toBe(items.length - 1);
    expect(refused.body.message).toContain(coverage.uncovered[0].name);
    expect(refused.body.uncovered).toEqual(coverage.uncovered);
    const [exempt, ...rest] = coverage.uncovered;
    expect((await shinanOfficer.post('/api/planExemptions').send({ planId, itemId: exempt.id, reason: '本区无此类对象' })).status).toBe(403);
    expect((await shinanLead.post('/api/planExemptions').send({ planId, itemId: exempt.id, reason: '本区无此类对象' })).status).toBe(201);
    for (const item of rest)
      expect(
        (
          await shinanLead.post('/api/planLines').send(
            await lineFor(
              planId,
              items.find((i) => i.id === item.id)!,
            ),
          )
        ).status,
      ).toBe(201);
    expect((await shinanLead.get(`/api/plans/${planId}/coverage`)).body.uncovered).toEqual([]);
  });

  it('only the lead office publishes; after 31 March the plan is flagged late; then it is read-only', async () => {
    expect((await shinanOfficer.post(`/api/plans/${planId}/publish`).send({})).status).toBe(403);
    t.clock.current = new Date('2027-04-02T02:00:00Z');
    // A year later every session has expired: sign in again.
    [shinanLead, shinanOfficer, shinanChief, cityLead] = await Promise.all(
      ['shinan.lead', 'shinan.officer', 'shinan.chief', 'city.lead'].map((u) => t.login(u)),
    );
    cityLeadAgent = cityLead;
    const res = await shinanLead.post(`/api/plans/${planId}/publish`).send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', planVersion: 1, late: true });
    expect((await shinanLead.post(`/api/plans/${planId}/publish`).send({})).status).toBe(409);
    expect((await shinanLead.put(`/api/plans/${planId}`).send({ title: '改标题' })).status).toBe(409);
    const [line] = (await shinanLead.get('/api/planLines').query({ filter: JSON.stringify({ planId }) })).body;
    expect((await shinanLead.put(`/api/planLines/${line.id}`).send({ ratioBp: 900 })).status).toBe(409);
    expect((await shinanLead.delete(`/api/planLines/${line.id}`)).status).toBe(409);
    expect(
      (
        await shinanLead.post('/api/planLines').send({
          ...line,
          id: undefined,
          version: undefined,
          createdAt: undefined,
          updatedAt: undefined,
          createdBy: undefined,
          updatedBy: undefined,
          unitId: undefined,
          lineId: undefined,
        })
      ).status,
    ).toBe(409);
  });
});

describe('mid-year adjustments (§8.2)', () => {
  const shinanPlan = async () =>
    (await t.db.query<{ id: number; planVersion: number }>(`SELECT id, "planVersion" FROM plans WHERE "unitId" = 2 AND year = 2026`))[0];
  const ownLine = async (planId: number) =>
    (
      await t.db.query<Record<string, unknown> & { id: number }>(`SELECT * FROM plan_lines WHERE "planId" = $1 AND "lineId" = 1 ORDER BY id LIMIT 1`, [planId])
    )[0];
  const upsertOf = (line: Record<string, unknown>, over: Record<string, unknown>) => ({
    id: line.id,
    itemId: line.itemId,
    departmentId: line.departmentId,
    ratioBp: line.ratioBp,
    frequency: line.frequency,
    windowStart: line.windowStart,
    windowEnd: line.windowEnd,
    method: line.method,
    joint: line.joint,
    ...over,
  });

  it('an implementing office proposes, the lead office accepts, a new version is published and the diff shows the change', async () => {
    const plan = await shinanPlan();
    const line = await ownLine(plan.id);
    const proposed = await shinanOfficer
      .post(`/api/plans/${plan.id}/adjustments`)
      .send({ reason: '专项行动需要提高比例', upserts: [upsertOf(line, { ratioBp: 1500 })] });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'pending', basedOnVersion: plan.planVersion, proposedByName: '孙丽（经办）' });
    expect((await shinanOfficer.post(`/api/planAdjustments/${proposed.body.id}/accept`).send({})).status).toBe(403);
    const accepted = await shinanLead.post(`/api/planAdjustments/${proposed.body.id}/accept`).send({ reason: '同意' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', resultingVersion: plan.planVersion + 1 });
    const versions = (await shinanOfficer.get('/api/planVersions').query({ filter: JSON.stringify({ planId: plan.id }), sort: '["planVersion","ASC"]' })).body;
    expect(versions.map((v: { planVersion: number }) => v.planVersion)).toEqual(Array.from({ length: plan.planVersion + 1 }, (_, i) => i + 1));
    expect(versions.at(-1).reason).toBe('专项行动需要提高比例');
    const diff = (await shinanOfficer.get(`/api/plans/${plan.id}/diff`).query({ from: plan.planVersion, to: plan.planVersion + 1 })).body;
    expect(diff).toEqual([expect.objectContaining({ kind: 'changed', id: line.id, changes: [{ field: 'ratioBp', before: line.ratioBp, after: 1500 }] })]);
  });

  it('an implementing office cannot adjust another line’s plan lines', async () => {
    const plan = await shinanPlan();
    const [other] = await t.db.query<Record<string, unknown> & { id: number }>(`SELECT * FROM plan_lines WHERE "planId" = $1 AND "lineId" = 2 LIMIT 1`, [
      plan.id,
    ]);
    const res = await shinanOfficer.post(`/api/plans/${plan.id}/adjustments`).send({ reason: '越权调整', upserts: [upsertOf(other, { ratioBp: 100 })] });
    expect(res.status).toBe(403);
    expect((await shinanOfficer.post(`/api/plans/${plan.id}/adjustments`).send({ reason: '越权删除', removals: [other.id] })).status).toBe(403);
  });

  it('the lead office may reject with a reason; the plan does not change', async () => {
    const plan = await shinanPlan();
    const line = await ownLine(plan.id);
    const proposed = await shinanChief
      .post(`/api/plans/${plan.id}/adjustments`)
      .send({ reason: '缩短时间窗口', upserts: [upsertOf(line, { windowEnd: '2026-09-30' })] });
    expect(proposed.status).toBe(201);
    expect((await shinanLead.post(`/api/planAdjustments/${proposed.body.id}/reject`).send({})).status).toBe(400);
    const rejected = await shinanLead.post(`/api/planAdjustments/${proposed.body.id}/reject`).send({ reason: '时间窗口过短，无法完成' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: '时间窗口过短，无法完成' });
    expect((await ownLine(plan.id)).windowEnd).toBe(line.windowEnd);
    expect((await shinanPlan()).planVersion).toBe(plan.planVersion);
    expect((await shinanLead.post(`/api/planAdjustments/${proposed.body.id}/accept`).send({})).status).toBe(409);
  });

  it('a stale proposal (the plan moved on since) cannot be accepted', async () => {
    const plan = await shinanPlan();
    const line = await ownLine(plan.id);
    const a = await shinanOfficer.post(`/api/plans/${plan.id}/adjustments`).send({ reason: '调整一', upserts: [upsertOf(line, { ratioBp: 1600 })] });
    const b = await shinanChief.post(`/api/plans/${plan.id}/adjustments`).send({ reason: '调整二', upserts: [upsertOf(line, { ratioBp: 1700 })] });
    expect((await shinanLead.post(`/api/planAdjustments/${a.body.id}/accept`).send({})).status).toBe(200);
    expect((await shinanLead.post(`/api/planAdjustments/${b.body.id}/accept`).send({})).body.code).toBe('stale_adjustment');
  });

  it('the lead office makes an adjustment of its own (§8.2): any line, published at once as a new version', async () => {
    const plan = await shinanPlan();
    const [other] = await t.db.query<Record<string, unknown> & { id: number }>(`SELECT * FROM plan_lines WHERE "planId" = $1 AND "lineId" = 2 LIMIT 1`, [
      plan.id,
    ]);
    const res = await shinanLead
      .post(`/api/plans/${plan.id}/adjustments`)
      .send({ reason: '根据省厅新下达的抽查计划调整', upserts: [upsertOf(other, { ratioBp: 900 })] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'accepted', byLeadOffice: true, resultingVersion: plan.planVersion + 1, decidedByName: res.body.proposedByName });
    expect((await shinanPlan()).planVersion).toBe(plan.planVersion + 1);
    const [line] = await t.db.query<{ ratioBp: number }>('SELECT "ratioBp" FROM plan_lines WHERE id = $1', [other.id]);
    expect(line.ratioBp).toBe(900);
    const [version] = await t.db.query<{ reason: string; adjustmentId: number }>(
      'SELECT reason, "adjustmentId" FROM plan_versions WHERE "planId" = $1 AND "planVersion" = $2',
      [plan.id, plan.planVersion + 1],
    );
    expect(version).toEqual({ reason: '根据省厅新下达的抽查计划调整', adjustmentId: res.body.id });
    // Without a reason, or with nothing changed, it is refused and the plan stays as it is.
    expect((await shinanLead.post(`/api/plans/${plan.id}/adjustments`).send({ upserts: [upsertOf(other, { ratioBp: 950 })] })).body.errors).toHaveProperty(
      'reason',
    );
    expect((await shinanLead.post(`/api/plans/${plan.id}/adjustments`).send({ reason: '空调整' })).status).toBe(400);
    expect((await shinanPlan()).planVersion).toBe(plan.planVersion + 1);
  });

  it('the lead office amends a proposal before accepting it; what the line proposed is kept', async () => {
    const plan = await shinanPlan();
    const line = await ownLine(plan.id);
    const proposed = await shinanOfficer
      .post(`/api/plans/${plan.id}/adjustments`)
      .send({ reason: '提高比例至20%', upserts: [upsertOf(line, { ratioBp: 2000 })] });
    expect(proposed.status).toBe(201);
    const amendedLines = [upsertOf(line, { ratioBp: 1200 })];
    // An amendment needs its reason, and is refused on a rejection.
    expect((await shinanLead.post(`/api/planAdjustments/${proposed.body.id}/accept`).send({ upserts: amendedLines })).body.errors).toHaveProperty('reason');
    expect((await shinanLead.post(`/api/planAdjustments/${proposed.body.id}/reject`).send({ reason: '不同意', upserts: amendedLines })).status).toBe(400);
    const accepted = await shinanLead
      .post(`/api/planAdjustments/${proposed.body.id}/accept`)
      .send({ reason: '比例调整为12%，人力不足', upserts: amendedLines });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', resultingVersion: plan.planVersion + 1, decisionReason: '比例调整为12%，人力不足' });
    expect(accepted.body.upserts[0].ratioBp).toBe(1200);
    expect(accepted.body.proposed.upserts[0].ratioBp).toBe(2000);
    expect((await ownLine(plan.id)).ratioBp).toBe(1200);
    const [version] = await t.db.query<{ reason: string }>('SELECT reason FROM plan_versions WHERE "planId" = $1 AND "planVersion" = $2', [
      plan.id,
      plan.planVersion + 1,
    ]);
    expect(version.reason).toBe('提高比例至20%（牵头机构修改后采纳：比例调整为12%，人力不足）');
  });

  it('a proposer withdraws its pending proposal; nobody else may, and a decided one cannot be', async () => {
    const plan = await shinanPlan();
    const line = await ownLine(plan.id);
    const proposed = await shinanOfficer
      .post(`/api/plans/${plan.id}/adjustments`)
      .send({ reason: '拟延长时间窗口', upserts: [upsertOf(line, { windowEnd: '2026-12-31' })] });
    expect((await shinanChief.post(`/api/planAdjustments/${proposed.body.id}/withdraw`).send({})).status).toBe(403);
    expect((await shinanLead.post(`/api/planAdjustments/${proposed.body.id}/withdraw`).send({})).status).toBe(403);
    const withdrawn = await shinanOfficer.post(`/api/planAdjustments/${proposed.body.id}/withdraw`).send({});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await shinanOfficer.post(`/api/planAdjustments/${proposed.body.id}/withdraw`).send({})).status).toBe(409);
    expect((await shinanLead.post(`/api/planAdjustments/${proposed.body.id}/accept`).send({})).status).toBe(409);
    expect((await ownLine(plan.id)).windowEnd).toBe(line.windowEnd);
    const cityOfficer = await t.login('city.officer');
    expect((await cityOfficer.post(`/api/planAdjustments/${proposed.body.id}/withdraw`).send({})).status).toBe(404);
  });

  it('the head of the lead office decides the lines’ adjustments (§8.2); a head of an implementing office does not', async () => {
    const admin = await t.login('admin');
    const [leadDept] = await t.db.query<{ id: number }>('SELECT id FROM departments WHERE "unitId" = $1 AND lead', [SHINAN]);
    const created = await admin
      .post('/api/users')
      .send({ username: 'shinan.fagui.chief', name: '钱科长（法规）', role: 'chief', unitId: SHINAN, departmentId: leadDept.id, password: 'Fagui#2026x' });
    expect(created.status).toBe(201);
    const leadChief = await t.login('shinan.fagui.chief', 'Fagui#2026x');
    const plan = await shinanPlan();
    const line = await ownLine(plan.id);
    const a = await shinanOfficer.post(`/api/plans/${plan.id}/adjustments`).send({ reason: '法规科科长审核', upserts: [upsertOf(line, { ratioBp: 1300 })] });
    expect((await shinanChief.post(`/api/planAdjustments/${a.body.id}/accept`).send({})).status).toBe(403);
    const accepted = await leadChief.post(`/api/planAdjustments/${a.body.id}/accept`).send({ reason: '同意' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', decidedByName: '钱科长（法规）' });
    expect((await leadChief.get('/api/auth/me')).body.departmentLead).toBe(true);
    const [cityPending] = await t.db.query<{ id: number }>(`SELECT id FROM plan_adjustments WHERE "unitId" = 1 AND status = 'pending' LIMIT 1`);
    if (cityPending) expect([403, 404]).toContain((await leadChief.post(`/api/planAdjustments/${cityPending.id}/accept`).send({})).status);
  });

  it('other units read published plans (they are public) but not drafts, and cannot decide', async () => {
    const plan = await shinanPlan();
    const cityOfficer = await t.login('city.officer');
    expect((await cityOfficer.get(`/api/plans/${plan.id}`)).status).toBe(200);
    const draft = (await t.db.query<{ id: number }>(`SELECT id FROM plans WHERE status = 'draft' LIMIT 1`))[0];
    if (draft) expect((await cityOfficer.get(`/api/plans/${draft.id}`)).status).toBe(404);
    const [pending] = await t.db.query<{ id: number }>(`SELECT id FROM plan_adjustments WHERE status = 'pending' LIMIT 1`);
    expect((await cityLeadAgent.post(`/api/planAdjustments/${pending.id}/accept`).send({})).status).toBe(403);
  });
});

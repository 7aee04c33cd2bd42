import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { FIXTURES, startFakeOutside, type FakeOutside } from '../../api/cli/fake-outside.js';
import { PROVINCE_COLUMNS } from '../../api/domain/provinceTasks.js';
import { XLSX_TYPE } from '../../api/io/table.js';

/**
 * Issue 15 part 3 (§9.1.1): the city's lead office imports the tasks the provincial platform dispatched — from its
 * JSON or XLSX export, or polled from the platform (the json-server stand-in) — as tasks of origin 上级派发 already
 * drawn, shared out to the districts, which receive them and match their inspectors as for any city task.
 */
let t: TestApp;
let lead: Agent;
let fake: FakeOutside;
const PROVINCE = JSON.parse(fs.readFileSync(FIXTURES, 'utf8')).provinceTasks as Record<string, unknown>[];
const [FIXTURE_TASK] = PROVINCE;
const ENTITY_NOT_IN_LIBRARY = '91370200MA3C5XKQ0G';

const counts = async () => {
  const [row] = await t.db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM draws) AS draws, (SELECT count(*)::int FROM dispatches) AS dispatches,
            (SELECT count(*)::int FROM assignments) AS assignments, (SELECT count(*)::int FROM task_imports) AS imports, (SELECT count(*)::int FROM audit) AS audit`,
  );
  return row;
};

/** The platform's spreadsheet export: one row per drawn entity. */
async function xlsx(rows: Record<string, unknown>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('省级派发任务');
  sheet.addRow(PROVINCE_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(PROVINCE_COLUMNS.map((c) => r[c.key] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const taskRow = (reference: string, uscc: string, extra: Record<string, unknown> = {}) => ({
  reference,
  title: '全省工资支付专项抽查',
  itemName: '用人单位支付劳动者工资和执行最低工资标准情况的行政检查',
  deadline: '2026-11-30',
  teamSize: 2,
  method: '现场检查',
  drawReference: `DRAW-${reference}`,
  uscc,
  name: '',
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  lead = await t.login('city.lead');
  fake = await startFakeOutside({ port: 0 });
});
afterAll(async () => {
  await fake.close();
  await t.close();
});

describe('tasks from the provincial platform (§9.1.1)', () => {
  it('only the city’s lead office may import: others get 403 and nothing is stored', async () => {
    const before = await counts();
    for (const who of ['city.officer', 'city.chief', 'shinan.lead', 'admin']) {
      const agent = await t.login(who);
      expect((await agent.post('/api/tasks/import-province').send({ tasks: PROVINCE })).status, who).toBe(403);
      expect((await agent.post('/api/tasks/import-province/poll').send({})).status, who).toBe(403);
    }
    expect(await counts()).toMatchObject({ tasks: before.tasks, draws: before.draws, imports: 0 });
  });

  it('polled from the configured platform: a task of origin 上级派发, already drawn, shared out to the districts; entities not in the library listed, not created', async () => {
    expect((await lead.post('/api/tasks/import-province/poll').send({})).status).toBe(409);
    const admin = await t.login('admin');
    const made = await admin
      .post('/api/outsideSystems')
      .send({ name: 'province', displayName: '山东省监管平台', baseUrl: `${fake.url}/province`, kinds: ['result'], enabled: true });
    expect(made.status).toBe(201);
    const entitiesBefore = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM entities'))[0].n;
    const res = await lead.post('/api/tasks/import-province/poll').send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.created).toEqual([{ reference: 'SD-2026-101', taskId: expect.any(Number), entities: 3, districts: ['370202', '370203'] }]);
    expect(res.body.notFound).toEqual([{ reference: 'SD-2026-101', uscc: ENTITY_NOT_IN_LIBRARY, name: '青岛省外登记贸易有限公司' }]);
    expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM entities'))[0].n).toBe(entitiesBefore);

    const taskId = res.body.created[0].taskId as number;
    const task = (await lead.get(`/api/tasks/${taskId}`)).body;
    expect(task).toMatchObject({ code: 'SD-2026-101', origin: 'dispatched', dispatch: true, status: 'drawn', count: 3, teamSize: 2, unitId: 1 });
    const [imported] = await t.db.query('SELECT "externalRef", "drawRef", source FROM task_imports WHERE "taskId" = $1', [taskId]);
    expect(imported).toEqual({ externalRef: 'SD-2026-101', drawRef: 'SD-DRAW-2026-0101', source: 'endpoint' });
    const [draw] = await t.db.query<{ id: number; kind: string; record: Record<string, unknown> }>('SELECT id, kind, record FROM draws WHERE "taskId" = $1', [
      taskId,
    ]);
    expect(draw.kind).toBe('province');
    expect(draw.record).toMatchObject({ drawReference: 'SD-DRAW-2026-0101', selected: ['91370202C973477972', '9137020384956323WB', '9237020245963129BW'] });
    // The province's draw is its own to publish or redo.
    const chief = await t.login('city.chief');
    expect((await chief.post(`/api/draws/${draw.id}/publish`).send({})).status).toBe(409);

    // 市南区 receives its share of two and matches its inspectors, as for any city task.
    const officer = await t.login('shinan.officer');
    const shares = (await officer.get('/api/dispatches').query({ filter: JSON.stringify({ taskId }) })).body as { id: number; entityCount: number }[];
    expect(shares.map((d) => d.entityCount)).toEqual([2]);
    expect((await officer.post(`/api/dispatches/${shares[0].id}/receive`).send({})).status).toBe(200);
    const matched = await officer.post(`/api/dispatches/${shares[0].id}/draw`).send({});
    expect(matched.status, JSON.stringify(matched.body)).toBe(201);
    const teams = await t.db.query<{ n: number }>(`SELECT cardinality("inspectorIds") AS n FROM assignments WHERE "dispatchId" = $1`, [shares[0].id]);
    expect(teams.map((r) => r.n)).toEqual([2, 2]);
  });

  it('the same task imported again, from the JSON file, is recognised and changes nothing', async () => {
    const before = await counts();
    const res = await lead.post('/api/tasks/import-province').send({ tasks: [FIXTURE_TASK] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: [], alreadyImported: [{ reference: 'SD-2026-101' }], notFound: [] });
    expect(await counts()).toEqual(before);
  });

  it('an XLSX export: grouped by 任务编号, imported once; the same file twice gives one task', async () => {
    const file = await xlsx([taskRow('SD-2026-102', '91370202C973477972'), taskRow('SD-2026-102', '91370211343D582WEF')]);
    const first = await lead.post('/api/tasks/import-province').set('Content-Type', XLSX_TYPE).send(file);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.created).toEqual([{ reference: 'SD-2026-102', taskId: expect.any(Number), entities: 2, districts: ['370202', '370211'] }]);
    const before = await counts();
    const again = await lead.post('/api/tasks/import-province').set('Content-Type', XLSX_TYPE).send(file);
    expect(again.body).toMatchObject({ created: [], alreadyImported: [{ reference: 'SD-2026-102', taskId: first.body.created[0].taskId }] });
    expect(await counts()).toEqual(before);
  });

  it('a malformed file is refused naming row and field, storing nothing', async () => {
    const before = await counts();
    const bad = await xlsx([taskRow('SD-2026-103', '91370202C973477972'), taskRow('SD-2026-103', '9137020384956323WB', { deadline: '2026/11/30' })]);
    const res = await lead.post('/api/tasks/import-province').set('Content-Type', XLSX_TYPE).send(bad);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/第 3 行「截止日期」：应为 YYYY-MM-DD/);
    expect(res.body.problems).toEqual([{ row: 3, field: '截止日期', message: expect.any(String) }]);

    const wrongCheck = await xlsx([taskRow('SD-2026-104', '91370202C973477973')]);
    const uscc = await lead.post('/api/tasks/import-province').set('Content-Type', XLSX_TYPE).send(wrongCheck);
    expect(uscc.status).toBe(400);
    expect(uscc.body.message).toMatch(/第 2 行「统一社会信用代码」/);

    const json = await lead.post('/api/tasks/import-province').send({
      tasks: [
        { ...FIXTURE_TASK, reference: 'SD-2026-105' },
        { ...FIXTURE_TASK, reference: 'SD-2026-106', teamSize: 1 },
      ],
    });
    expect(json.status).toBe(400);
    expect(json.body.message).toMatch(/第 2 个任务「检查组人数」/);

    const unknownItem = await lead
      .post('/api/tasks/import-province')
      .send({ tasks: [{ ...FIXTURE_TASK, reference: 'SD-2026-107', itemName: '不存在的事项' }] });
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.body.message).toMatch(/第 1 个任务「抽查事项」：本局 2026 年已发布的年度计划中没有此抽查事项/);

    const missingColumn = await lead.post('/api/tasks/import-province').set('Content-Type', 'text/plain').send('任务编号');
    expect(missingColumn.status).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

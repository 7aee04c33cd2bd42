/**
 * Demo tasks, made through the real API on an in-memory copy of the data set (so draws are genuine QD-DRAW-2
 * records): for the city and for 市南区 a draft task ready to draw and a drawn task with results pending; on the
 * 市南区 one, an approved replacement (§9.2.2), so its record carries a replacement to recompute. Two tasks announce
 * a public randomness source (DRAW-SPEC §1a): the city's committed and waiting for its source, 市南区's drawn from
 * its commitment once the source was out.
 */
import request from 'supertest';
import { openPglite } from '../../store/pglite.js';
import { migrate } from '../../store/migrate.js';
import { exportDataSet, importDataSet, type DataSet } from '../../store/seed.js';
import { Store } from '../../store/store.js';
import { createApp } from '../../app.js';
import { DEMO_PASSWORD } from '../../auth/passwords.js';
import { demoNonces } from './random.js';
import { withDemoResults } from './results.js';
import { withDemoArchives } from './archives.js';

const NOW = new Date('2026-11-20T02:00:00.000Z');
/** 2026-11-24 21:30 in China: the 福彩3D draw SN-2026-003 committed to is out. */
const SOURCE_OUT = new Date('2026-11-24T13:30:00.000Z');

export async function withDemoTasks(data: DataSet): Promise<DataSet> {
  const db = await openPglite();
  await migrate(db);
  await importDataSet(db, data, NOW);
  let now = NOW;
  const app = createApp({ store: new Store(db, { now: () => now }), nonces: demoNonces('qd-demo-2026') });
  const as = async (username: string) => {
    const agent = request.agent(app);
    await agent.post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
    return agent;
  };
  const lineOf = async (unitId: number, itemPrefix: string) =>
    (
      await db.query<{ id: number }>(
        `SELECT l.id FROM plan_lines l JOIN plans p ON p.id = l."planId" JOIN items i ON i.id = l."itemId" WHERE p."unitId" = $1 AND i.name LIKE $2`,
        [unitId, `${itemPrefix}%`],
      )
    )[0].id;
  const task = (code: string, title: string, planLineId: number, districts: string[], over: Record<string, unknown> = {}) => ({
    code,
    title,
    planLineId,
    origin: 'own',
    districts,
    ratioBp: 500,
    teamSize: 2,
    method: 'onsite',
    deadline: '2026-12-25',
    ...over,
  });
  const city = await as('city.officer');
  const shinan = await as('shinan.officer');
  const created = async (agent: typeof city, body: object) => (await agent.post('/api/tasks').send(body).expect(201)).body.id as number;

  await created(
    city,
    task('QD-2026-001', '2026年度用人单位规章制度专项抽查（市南、市北、崂山）', await lineOf(1, '对用人单位制定规章制度'), ['370202', '370203', '370212']),
  );
  const cityDrawn = await created(
    city,
    task('QD-2026-002', '2026年度工资支付情况抽查（全市派发）', await lineOf(1, '用人单位支付劳动者工资'), ['370202', '370203', '370213'], {
      origin: 'dispatched',
      dispatch: true,
      ratioBp: 300,
    }),
  );
  await city.post(`/api/tasks/${cityDrawn}/draw`).send({}).expect(201);
  await created(shinan, task('SN-2026-001', '市南区2026年度劳动合同管理情况抽查', await lineOf(2, '劳动合同及招用工管理'), ['370202']));
  const shinanDrawn = await created(
    shinan,
    task('SN-2026-002', '市南区2026年度工作时间和休息休假情况抽查', await lineOf(2, '用人单位遵守工作时间'), ['370202'], { ratioBp: 300 }),
  );
  await shinan.post(`/api/tasks/${shinanDrawn}/draw`).send({}).expect(201);
  const [first] = (
    await shinan
      .get('/api/assignments')
      .query({ filter: JSON.stringify({ taskId: shinanDrawn }), sort: '["id","ASC"]', range: '[0,0]' })
      .expect(200)
  ).body;
  const asked = await shinan
    .post(`/api/assignments/${first.id}/replacements`)
    .send({ inspectorId: first.inspectorIds[0], kind: 'work_conflict', reason: '同期承担信访案件调查' })
    .expect(201);
  await (await as('shinan.chief')).post(`/api/replacements/${asked.body.id}/approve`).send({ reason: '同意，按规则重新抽取' }).expect(200);

  const announced = { publicSourceRequired: true, publicSourceNote: '中国福利彩票“福彩3D”当日开奖号码' };
  const cityCommitted = await created(
    city,
    task('QD-2026-003', '2026年度劳动用工备案情况抽查（事先承诺）', await lineOf(1, '对用人单位制定规章制度'), ['370202', '370212'], {
      ...announced,
      ratioBp: 200,
    }),
  );
  await city.post(`/api/tasks/${cityCommitted}/commit`).send({ publicSourceDate: '2026-12-18' }).expect(201);
  const shinanCommitted = await created(
    shinan,
    task('SN-2026-003', '市南区2026年度劳动合同签订情况抽查（事先承诺）', await lineOf(2, '劳动合同及招用工管理'), ['370202'], { ...announced, ratioBp: 200 }),
  );
  await shinan.post(`/api/tasks/${shinanCommitted}/commit`).send({ publicSourceDate: '2026-11-24' }).expect(201);
  now = SOURCE_OUT;
  await (await as('shinan.officer')).post(`/api/tasks/${shinanCommitted}/draw`).send({ publicSource: '2026-11-24 福彩3D 3 8 5' }).expect(201);

  const cityLater = await as('city.officer'); // a new session: the clock moved on four days
  const cityResults = await created(
    cityLater,
    task('QD-2026-004', '2026年度用人单位参加社会保险情况抽查（黄岛区）', await lineOf(1, '用人单位参加社会保险'), ['370211'], { ratioBp: 500 }),
  );
  await cityLater.post(`/api/tasks/${cityResults}/draw`).send({}).expect(201);
  await withDemoResults(db, as, 'QD-2026-004', 'city.chief', ['published', 'confirmed']);
  await withDemoResults(db, as, 'SN-2026-003', 'shinan.chief', ['published', 'draft']);
  await withDemoArchives(as);

  const out = await exportDataSet(db);
  await db.close();
  return out;
}

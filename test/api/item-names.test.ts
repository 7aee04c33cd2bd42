import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the item’s name travels on the task and the plan’s versions (whatever the reader may read of the item list)', () => {
  it('a district officer reads the item of a city task dispatched to it, though not the city’s item list', async () => {
    const officer = await t.login('shinan.officer');
    const [task] = await t.db.query<{ id: number; itemId: number; name: string }>(
      `SELECT t.id, t."itemId", i.name FROM tasks t JOIN items i ON i.id = t."itemId" WHERE t.dispatch AND '370202' = ANY(t.districts) LIMIT 1`,
    );
    expect((await officer.get(`/api/items/${task.itemId}`)).status).toBe(404);
    const read = await officer.get(`/api/tasks/${task.id}`);
    expect(read.status).toBe(200);
    expect(read.body.itemName).toBe(task.name);
  });

  it('a new task carries its plan line’s item name', async () => {
    const officer = await t.login('city.officer');
    const [line] = await t.db.query<{ id: number; itemName: string }>(
      `SELECT l.id, l."itemName" FROM plan_lines l JOIN plans p ON p.id = l."planId" WHERE p."unitId" = 1 AND l."lineId" = 1 LIMIT 1`,
    );
    const res = await officer.post('/api/tasks').send({
      code: 'QD-2026-091',
      title: '带事项名称的任务',
      planLineId: line.id,
      origin: 'own',
      districts: ['370202'],
      ratioBp: 500,
      teamSize: 2,
      method: 'onsite',
      deadline: '2026-12-30',
    });
    expect(res.status).toBe(201);
    expect(res.body.itemName).toBe(line.itemName);
    expect(line.itemName).toBeTruthy();
  });

  it('a version diff of another unit’s published plan names every line’s item', async () => {
    const cityOfficer = await t.login('city.officer');
    const [plan] = await t.db.query<{ id: number }>(`SELECT id FROM plans WHERE "unitId" = 2 AND "planVersion" >= 2`);
    const diff = (await cityOfficer.get(`/api/plans/${plan.id}/diff`).query({ from: 1, to: 2 })).body as { itemName: string }[];
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.every((d) => typeof d.itemName === 'string' && d.itemName.length > 0)).toBe(true);
  });
});

describe('task codes proposed on the create form', () => {
  it('proposes the next free code of the user’s unit for the year, and refuses a bad year', async () => {
    const [city, shinan] = await Promise.all(['city.officer', 'shinan.officer'].map((u) => t.login(u)));
    const cityCodes = (await t.db.query<{ code: string }>(`SELECT code FROM tasks WHERE code LIKE 'QD-2026-%'`)).map((r) => Number(r.code.slice(8)));
    expect((await city.get('/api/tasks/next-code').query({ year: 2026 })).body.code).toBe(`QD-2026-${String(Math.max(...cityCodes) + 1).padStart(3, '0')}`);
    expect((await shinan.get('/api/tasks/next-code').query({ year: 2027 })).body.code).toBe('SN-2027-001');
    expect((await city.get('/api/tasks/next-code').query({ year: 'abc' })).status).toBe(400);
    expect((await t.login('shinan.inspector').then((a) => a.get('/api/tasks/next-code'))).status).toBe(200);
  });
});

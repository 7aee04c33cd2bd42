import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** An active 市南区 assignment from the demo draws, with its team. */
const shinanAssignment = async () =>
  (
    await t.db.query<{ id: number; inspectorIds: number[] }>(
      `SELECT id, "inspectorIds" FROM assignments WHERE "unitId" = 2 AND active AND cardinality("inspectorIds") >= 2 ORDER BY id LIMIT 1`,
    )
  )[0];

describe('withdrawing one’s own pending request', () => {
  it('a requester withdraws a pending replacement request (§9.2.2); nobody else may; it cannot be decided afterwards', async () => {
    const [officer, chief, cityOfficer] = await Promise.all(['shinan.officer', 'shinan.chief', 'city.officer'].map((u) => t.login(u)));
    const a = await shinanAssignment();
    const asked = await officer
      .post(`/api/assignments/${a.id}/replacements`)
      .send({ inspectorId: Number(a.inspectorIds[0]), kind: 'work_conflict', reason: '同期承担专项任务' });
    expect(asked.status).toBe(201);
    expect((await chief.post(`/api/replacements/${asked.body.id}/withdraw`).send({})).status).toBe(403);
    expect((await cityOfficer.post(`/api/replacements/${asked.body.id}/withdraw`).send({})).status).toBe(404);
    const withdrawn = await officer.post(`/api/replacements/${asked.body.id}/withdraw`).send({});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await officer.post(`/api/replacements/${asked.body.id}/withdraw`).send({})).status).toBe(409);
    expect((await chief.post(`/api/replacements/${asked.body.id}/approve`).send({})).status).toBe(409);
    const after = (await officer.get(`/api/assignments/${a.id}`)).body;
    expect(after.inspectorIds.map(Number)).toEqual(a.inspectorIds.map(Number));
    // Withdrawn, it no longer blocks a new request for the same inspector.
    expect(
      (await officer.post(`/api/assignments/${a.id}/replacements`).send({ inspectorId: Number(a.inspectorIds[0]), kind: 'health', reason: '身体原因' })).status,
    ).toBe(201);
  });
});

describe('accounts locked by failed logins (the administrator’s 我的待办)', () => {
  it('lists a locked account to administrators only, and an administrator ends the lock', async () => {
    const request = (await import('supertest')).default;
    for (let i = 0; i < 5; i++)
      await request(t.app)
        .post('/api/auth/login')
        .send({ username: 'shinan.archivist', password: `wrong-${i}` });
    expect((await request(t.app).post('/api/auth/login').send({ username: 'shinan.archivist', password: 'Demo#2026' })).status).toBe(429);
    const [admin, lead] = await Promise.all(['admin', 'city.lead'].map((u) => t.login(u)));
    expect((await lead.get('/api/auth/locks')).status).toBe(403);
    expect((await lead.delete('/api/auth/locks/shinan.archivist')).status).toBe(403);
    const locks = (await admin.get('/api/auth/locks')).body;
    expect(locks).toEqual([expect.objectContaining({ username: 'shinan.archivist', name: expect.any(String), lockedUntil: expect.any(String) })]);
    expect((await admin.delete('/api/auth/locks/shinan.archivist')).status).toBe(204);
    expect((await admin.delete('/api/auth/locks/shinan.archivist')).status).toBe(404);
    expect((await admin.get('/api/auth/locks')).body).toEqual([]);
    expect((await request(t.app).post('/api/auth/login').send({ username: 'shinan.archivist', password: 'Demo#2026' })).status).toBe(200);
  });
});

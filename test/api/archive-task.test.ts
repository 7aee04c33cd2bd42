import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { PNG, SHINAN_TASK } from '../support/results.js';

/**
 * 归档 of a completed task (§12.1): one archive holding its draw record, its results and its evidence list, filed by
 * the line office or the unit's archivists, once; a task still being inspected cannot be filed.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Fixture: 冯雪 (shinan.inspector) on every team of the task, so one account can enter all its results.
  await t.db.query(`UPDATE assignments SET "inspectorIds" = ARRAY[23, 26], "inspectorUserIds" = ARRAY[13] WHERE "taskId" = $1`, [SHINAN_TASK]);
});
afterAll(() => t.close());

const body = { refNo: 'SN-JC-2026-002', custodian: '档案室 王芳', location: '档案室 A-05-02', retention: '30y' };
const archivesOfTask = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM archives WHERE "taskId" = $1', [SHINAN_TASK]))[0].n;

describe('归档 of a task (§12.1)', () => {
  it('is refused while results are open, then files one archive of the draw record, the results and the evidence', async () => {
    const inspector = await t.login('shinan.inspector');
    const archivist = await t.login('shinan.archivist');
    const assignments = (await t.db.query<{ id: number }>('SELECT id FROM assignments WHERE "taskId" = $1 AND active ORDER BY id', [SHINAN_TASK])).map(
      (a) => a.id,
    );
    const ids: number[] = [];
    for (const assignmentId of assignments) {
      const res = await inspector.post('/api/results').send({ assignmentId, methods: ['document'], category: 'no_problem', responsibleInspectorId: 23 });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const upload = await inspector
      .post(`/api/results/${ids[0]}/evidence`)
      .field('kind', 'documentary')
      .field('collection', 'onsite')
      .field('description', '营业执照照片')
      .attach('files', PNG, 'licence.png');
    expect(upload.status, upload.text).toBe(201);

    // Inspecting: not yet (409 naming the state), and nothing stored.
    const early = await archivist.post(`/api/tasks/${SHINAN_TASK}/archive`).send(body);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('task_not_completed');
    expect(await archivesOfTask()).toBe(0);

    for (const id of ids) expect((await inspector.post(`/api/results/${id}/confirm`).send({})).status).toBe(200);
    const filed = await archivist.post(`/api/tasks/${SHINAN_TASK}/archive`).send(body);
    expect(filed.status, filed.text).toBe(201);
    expect(filed.body).toMatchObject({ taskId: SHINAN_TASK, taskCode: 'SN-2026-002', unitId: 2, refNo: body.refNo, status: 'inStock', documentCount: 3 });
    const contents = await archivist.get(`/api/archives/${filed.body.id}/contents`);
    expect(contents.body.documents.map((d: { kind: string }) => d.kind)).toEqual(['drawRecord', 'result', 'evidenceList']);
    expect(contents.body.documents[1].title).toContain(`（${ids.length} 户）`);
    expect(contents.body.documents[2].evidenceIds).toEqual([upload.body.id]);

    // Once: a second 归档 is 409 naming the archive.
    const again = await archivist.post(`/api/tasks/${SHINAN_TASK}/archive`).send({ ...body, refNo: 'SN-JC-2026-099' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'already_archived', message: expect.stringContaining(body.refNo) });
    expect(await archivesOfTask()).toBe(1);
  });

  it("only the line office or its unit's archivists file it; bad input is a 400 naming the field", async () => {
    const [officer, inspector, cityArchivist, leader] = await Promise.all(
      ['shinan.officer', 'shinan.inspector', 'city.archivist', 'shinan.leader'].map((u) => t.login(u)),
    );
    await t.db.query('DELETE FROM archives WHERE "taskId" = $1', [SHINAN_TASK]);
    for (const agent of [inspector, cityArchivist, leader]) {
      const res = await agent.post(`/api/tasks/${SHINAN_TASK}/archive`).send(body);
      expect([403, 404]).toContain(res.status);
    }
    const bad = await officer.post(`/api/tasks/${SHINAN_TASK}/archive`).send({ ...body, retention: 'forever', title: '多余字段' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {})).toEqual(expect.arrayContaining(['retention']));
    expect(await archivesOfTask()).toBe(0);
    const ok = await officer.post(`/api/tasks/${SHINAN_TASK}/archive`).send(body);
    expect(ok.status, ok.text).toBe(201);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { SHINAN_TASK } from '../support/results.js';

/**
 * A task's whole inspection: every assignment's result drafted (task inspecting), confirmed (completed), published
 * (published, its draw record public, §5.3); reopening one takes the task back to inspecting.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Fixture: 冯雪 (shinan.inspector) on every team of task 4, so one account can enter all six results.
  await t.db.query(`UPDATE assignments SET "inspectorIds" = ARRAY[23, 26], "inspectorUserIds" = ARRAY[13] WHERE "taskId" = $1`, [SHINAN_TASK]);
});
afterAll(() => t.close());

const task = async () => (await t.db.query<{ status: string }>('SELECT status FROM tasks WHERE id = $1', [SHINAN_TASK]))[0].status;

describe('results: a task from drawn to published', () => {
  it('moves with its results', async () => {
    const inspector = await t.login('shinan.inspector');
    const chief = await t.login('shinan.chief');
    const assignments = (await t.db.query<{ id: number }>('SELECT id FROM assignments WHERE "taskId" = $1 AND active ORDER BY id', [SHINAN_TASK])).map(
      (a) => a.id,
    );
    expect(assignments).toHaveLength(6);
    expect(await task()).toBe('drawn');
    const ids: number[] = [];
    for (const assignmentId of assignments) {
      const res = await inspector.post('/api/results').send({ assignmentId, methods: ['document'], category: 'no_problem', responsibleInspectorId: 23 });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
      expect(await task()).toBe('inspecting');
    }
    for (const id of ids) expect((await inspector.post(`/api/results/${id}/confirm`).send({})).status).toBe(200);
    expect(await task()).toBe('completed');
    await chief.post(`/api/results/${ids[0]}/reopen`).send({ reason: '核对检查对象名称' }).expect(200);
    expect(await task()).toBe('inspecting');
    await inspector.post(`/api/results/${ids[0]}/confirm`).send({}).expect(200);
    expect(await task()).toBe('completed');
    const [draw] = await t.db.query<{ id: number; published: boolean }>(`SELECT id, published FROM draws WHERE "taskId" = $1 AND status = 'valid'`, [
      SHINAN_TASK,
    ]);
    expect(draw.published).toBe(false);
    for (const id of ids.slice(0, -1)) await chief.post(`/api/results/${id}/publish`).send({}).expect(200);
    expect(await task()).toBe('completed');
    expect((await request(t.app).get(`/api/public/draws/${draw.id}`)).status).toBe(404);
    await chief
      .post(`/api/results/${ids.at(-1)}/publish`)
      .send({})
      .expect(200);
    expect(await task()).toBe('published');
    expect((await request(t.app).get(`/api/public/draws/${draw.id}`)).status).toBe(200);
    const pub = await request(t.app)
      .get('/api/public/results')
      .query({ taskCode: 'SN-2026-002', range: JSON.stringify([0, 4]) });
    expect(pub.status).toBe(200);
    expect(pub.headers['content-range']).toBe('results 0-4/6');
    expect(pub.body).toHaveLength(5);
  });
});

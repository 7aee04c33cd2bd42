import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { CHIEF_TEAM_ASSIGNMENT, TEAMMATE, TEAMMATE_NAME, FENG_XUE, ZHOU_JIE, onsiteBody, PNG, SHINAN_TASK } from '../support/results.js';

/** §9.3 results over HTTP: the rules the server enforces, the states of results, assignments and tasks, the public list. */
let t: TestApp;
let inspector: Agent;
let chief: Agent;
beforeAll(async () => {
  t = await startTestApp();
  inspector = await t.login('shinan.inspector');
  chief = await t.login('shinan.chief');
});
afterAll(() => t.close());

const snapshot = async (id: number) => (await t.db.query<{ row: { status: string } }>('SELECT to_jsonb(r) AS row FROM results r WHERE id = $1', [id]))[0];
const taskStatus = async () => (await t.db.query<{ status: string }>('SELECT status FROM tasks WHERE id = $1', [SHINAN_TASK]))[0].status;

describe('results: entry, confirmation, reopening, publication', () => {
  let id: number;

  it('the team saves a draft; the assignment becomes draft and the task inspecting (§9.3)', async () => {
    const res = await inspector.post('/api/results').send({ ...onsiteBody(), present: [FENG_XUE] });
    expect(res.status).toBe(201);
    id = res.body.id;
    expect(res.body).toMatchObject({ status: 'draft', late: false, taskCode: 'SN-2026-002', responsibleUserId: 13 });
    expect((await inspector.get(`/api/assignments/${res.body.assignmentId}`)).body.resultStatus).toBe('draft');
    expect(await taskStatus()).toBe('inspecting');
    // One result per assignment.
    expect((await inspector.post('/api/results').send(onsiteBody())).status).toBe(400);
  });

  it('§9.3.2.3a a present inspector must be a team member with their own certificate number', async () => {
    const before = await snapshot(id);
    const res = await inspector.put(`/api/results/${id}`).send({ present: [FENG_XUE, ZHOU_JIE] });
    expect(res.status).toBe(400);
    expect(res.body.errors.present).toMatch(/检查组成员/);
    const wrong = await inspector.put(`/api/results/${id}`).send({ present: [{ ...FENG_XUE, certificateNo: '123' }] });
    expect(wrong.body.errors.present).toMatch(/执法证号/);
    expect(await snapshot(id)).toEqual(before);
  });

  it('§9.3.2.3a an on-site result with one inspector present is refused at confirmation', async () => {
    const res = await inspector.post(`/api/results/${id}/confirm`).send({});
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('result_incomplete');
    expect(res.body.errors.present).toMatch(/不得少于两人/);
    expect((await snapshot(id)).row.status).toBe('draft');
  });

  it('§9.3.2.3d a refusal without every present member’s signature is refused', async () => {
    await inspector
      .put(`/api/results/${id}`)
      .send({ present: [FENG_XUE, TEAMMATE], entitySignoff: 'refused', refusalSignedBy: [FENG_XUE.inspectorId] })
      .expect(200);
    const res = await inspector.post(`/api/results/${id}/confirm`).send({});
    expect(res.status).toBe(400);
    expect(res.body.errors.refusalSignedBy).toMatch(/全体成员/);
  });

  it('§11.3.3 a result that found a problem is refused without evidence', async () => {
    await inspector
      .put(`/api/results/${id}`)
      .send({
        refusalSignedBy: [FENG_XUE.inspectorId, TEAMMATE.inspectorId],
        category: 'problem_pending',
        problems: '未按规定签订书面劳动合同',
        measures: ['rectify'],
        measureForms: ['written'],
      })
      .expect(200);
    const res = await inspector.post(`/api/results/${id}/confirm`).send({});
    expect(res.status).toBe(400);
    expect(res.body.errors.evidence).toMatch(/证据/);
    await inspector
      .post(`/api/results/${id}/evidence`)
      .field('kind', 'documentary')
      .field('collection', 'onsite')
      .field('description', '劳动合同台账照片')
      .attach('files', PNG, 'photo.png')
      .expect(201);
  });

  it('§13.2c a suspected crime cannot be confirmed until a police referral exists', async () => {
    await inspector.put(`/api/results/${id}`).send({ suspectedCrime: true }).expect(200);
    const res = await inspector.post(`/api/results/${id}/confirm`).send({});
    expect(res.status).toBe(400);
    expect(res.body.errors.suspectedCrime).toMatch(/公安机关/);
    const internal = await inspector
      .post('/api/referrals')
      .send({ resultId: id, kind: 'internal', recipient: '市南区劳动保障监察大队', referredOn: '2026-03-02', contents: '案源移交' });
    expect(internal.status).toBe(201);
    expect((await inspector.post(`/api/results/${id}/confirm`).send({})).status).toBe(400);
    const police = await chief
      .post('/api/referrals')
      .send({ resultId: id, kind: 'police', recipient: '青岛市公安局市南分局', referredOn: '2026-03-02', contents: '涉嫌拒不支付劳动报酬' });
    expect(police.status).toBe(201);
    expect(police.body).toMatchObject({ entityName: expect.any(String), unitId: 2 });
  });

  it('§9.3.2.4 the responsible inspector confirms and the result locks: a confirmed result cannot change', async () => {
    const res = await inspector.post(`/api/results/${id}/confirm`).send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'confirmed', confirmedBy: 13 });
    const before = await snapshot(id);
    const put = await inspector.put(`/api/results/${id}`).send({ problems: '改写' });
    expect(put.status).toBe(409);
    expect(put.body.code).toBe('result_locked');
    const upload = await inspector
      .post(`/api/results/${id}/evidence`)
      .field('kind', 'documentary')
      .field('collection', 'onsite')
      .field('description', '补充')
      .attach('files', PNG, 'b.png');
    expect(upload.status).toBe(409);
    expect((await inspector.post(`/api/results/${id}/confirm`).send({})).status).toBe(409);
    expect(await snapshot(id)).toEqual(before);
  });

  it('only the chief reopens, with a reason kept in the history', async () => {
    expect((await inspector.post(`/api/results/${id}/reopen`).send({ reason: '补充证据' })).status).toBe(403);
    expect((await chief.post(`/api/results/${id}/reopen`).send({})).status).toBe(400);
    const res = await chief.post(`/api/results/${id}/reopen`).send({ reason: '证据照片不清晰，请补拍' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('draft');
    expect(res.body.history.map((h: { action: string }) => h.action)).toEqual(['confirm', 'reopen']);
    expect(res.body.history[1]).toMatchObject({ reason: '证据照片不清晰，请补拍', by: 10 });
    expect((await inspector.put(`/api/results/${id}`).send({ problems: '未按规定签订书面劳动合同（已补拍照片）' })).status).toBe(200);
    expect((await chief.post(`/api/results/${id}/confirm`).send({})).status).toBe(200);
  });

  it('the chief publishes; the public list shows it without personal data (§5.3)', async () => {
    expect((await inspector.post(`/api/results/${id}/publish`).send({})).status).toBe(403);
    const res = await chief.post(`/api/results/${id}/publish`).send({});
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('published');
    expect((await chief.post(`/api/results/${id}/reopen`).send({ reason: '公示后不能退回' })).status).toBe(409);
    const list = await inspector.get('/api/public/results');
    expect(list.status).toBe(200);
    const row = list.body.find((r: { id: number }) => r.id === id);
    expect(Object.keys(row).sort()).toEqual([
      'authority',
      'category',
      'entityName',
      'id',
      'itemName',
      'nonCooperationPublished',
      'publishedOn',
      'taskCode',
      'uscc',
    ]);
    expect(row).toMatchObject({ taskCode: 'SN-2026-002', category: 'problem_pending', authority: expect.stringContaining('市南') });
    expect(JSON.stringify(list.body)).not.toMatch(new RegExp(`冯雪|${TEAMMATE_NAME}|${FENG_XUE.certificateNo}`));
  });
});

describe('results: late entry (§13.2d)', () => {
  it('a result entered after the deadline is flagged late and needs the chief’s explanation before confirmation', async () => {
    t.clock.current = new Date('2026-12-28T02:00:00.000Z');
    chief = await t.login('shinan.chief');
    inspector = await t.login('shinan.inspector');
    const body = {
      assignmentId: CHIEF_TEAM_ASSIGNMENT,
      methods: ['document'],
      category: 'no_problem',
      responsibleInspectorId: ZHOU_JIE.inspectorId,
    };
    const res = await chief.post('/api/results').send(body);
    expect(res.status).toBe(201);
    expect(res.body.late).toBe(true);
    const refused = await chief.post(`/api/results/${res.body.id}/confirm`).send({});
    expect(refused.status).toBe(400);
    expect(refused.body.errors.lateExplanation).toMatch(/§13.2d/);
    expect((await inspector.post(`/api/results/${res.body.id}/explain`).send({ explanation: '检查对象停业' })).status).toBe(404);
    const explained = await chief.post(`/api/results/${res.body.id}/explain`).send({ explanation: '检查对象停业装修，延后至复业检查' });
    expect(explained.status).toBe(200);
    expect(explained.body.lateExplanation).toMatch(/停业/);
    expect((await chief.post(`/api/results/${res.body.id}/confirm`).send({})).status).toBe(200);
  });
});

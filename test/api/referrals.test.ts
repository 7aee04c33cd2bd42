import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { CHIEF_TEAM_ASSIGNMENT, freshAssignment, INSPECTOR_TEAM_ASSIGNMENT, onsiteBody, PNG } from '../support/results.js';

/** §10 follow-up: referrals with their evidence and receipt, and serious non-cooperation marked for publication. */
let t: TestApp;
let inspector: Agent;
let chief: Agent;
beforeAll(async () => {
  t = await startTestApp();
  inspector = await t.login('shinan.inspector');
  chief = await t.login('shinan.chief');
});
afterAll(() => t.close());

describe('referrals (§10.2)', () => {
  it('records a referral with this result’s evidence, refuses another result’s, and records the receipt', async () => {
    const mine = (await inspector.post('/api/results').send({ ...onsiteBody(), category: 'problem_pending', problems: '拖欠工资' })).body.id;
    const other = (await chief.post('/api/results').send({ assignmentId: CHIEF_TEAM_ASSIGNMENT, methods: ['document'] })).body.id;
    const upload = (resultId: number, agent: Agent) =>
      agent
        .post(`/api/results/${resultId}/evidence`)
        .field('kind', 'documentary')
        .field('collection', 'onsite')
        .field('description', '工资表')
        .attach('files', PNG, 'pay.png');
    const ownEvidence = (await upload(mine, inspector)).body.id;
    const foreignEvidence = (await upload(other, chief)).body.id;
    const body = { resultId: mine, kind: 'authority', recipient: '青岛市市场监督管理局', referredOn: '2026-03-02', contents: '涉嫌无照经营，移交市场监管部门' };
    const refused = await inspector.post('/api/referrals').send({ ...body, evidenceIds: [ownEvidence, foreignEvidence] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.evidenceIds).toBeTruthy();
    expect((await inspector.post('/api/referrals').send({ ...body, referredOn: '2026-03-09' })).status).toBe(400);
    const made = await inspector.post('/api/referrals').send({ ...body, evidenceIds: [ownEvidence] });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: 'authority', evidenceIds: [ownEvidence], receivedOn: null });
    expect((await inspector.put(`/api/referrals/${made.body.id}`).send({ receivedOn: '2026-03-01' })).status).toBe(400);
    const received = await chief.put(`/api/referrals/${made.body.id}`).send({ receivedOn: '2026-03-02', receiptNote: '市场监管局已签收' });
    expect(received.status).toBe(200);
    expect(received.body.receiptNote).toBe('市场监管局已签收');
    // Evidence that travelled with a referral stays.
    expect((await inspector.delete(`/api/evidence/${ownEvidence}`)).status).toBe(409);
    expect((await inspector.delete(`/api/referrals/${made.body.id}`)).status).toBe(403);
  });
});

describe('non-cooperation (§10.1)', () => {
  it('the head marks a confirmed non-cooperation result for publication; other categories cannot be', async () => {
    const assignmentId = await freshAssignment(t.db, INSPECTOR_TEAM_ASSIGNMENT);
    const r = (await inspector.post('/api/results').send({ assignmentId, methods: ['document'], category: 'non_cooperation', responsibleInspectorId: 23 }))
      .body;
    expect((await chief.post(`/api/results/${r.id}/non-cooperation`).send({ publish: true })).status).toBe(409);
    await inspector.post(`/api/results/${r.id}/confirm`).send({}).expect(200);
    expect((await inspector.post(`/api/results/${r.id}/non-cooperation`).send({ publish: true })).status).toBe(403);
    const marked = await chief.post(`/api/results/${r.id}/non-cooperation`).send({ publish: true });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ nonCooperationPublished: true, status: 'confirmed' });
    await chief.post(`/api/results/${r.id}/publish`).send({}).expect(200);
    const pub = (await inspector.get('/api/public/results')).body.find((x: { id: number }) => x.id === r.id);
    expect(pub).toMatchObject({ category: 'non_cooperation', nonCooperationPublished: true });
    const plain = (await inspector.post('/api/results').send(onsiteBody(await freshAssignment(t.db, INSPECTOR_TEAM_ASSIGNMENT)))).body;
    await inspector.post(`/api/results/${plain.id}/confirm`).send({}).expect(200);
    expect((await chief.post(`/api/results/${plain.id}/non-cooperation`).send({ publish: true })).status).toBe(409);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { createArchive, extraUser, INSPECTION_OFFICE, RELATIONS_OFFICE, requestLoan } from '../support/archives.js';

let t: TestApp;
let as: Record<'officer' | 'chief' | 'leader' | 'archivist' | 'lead' | 'shinanChief' | 'shinanArchivist' | 'inspector', Agent>;
beforeAll(async () => {
  t = await startTestApp();
  const names = ['city.officer', 'city.chief', 'city.leader', 'city.archivist', 'city.lead', 'shinan.chief', 'shinan.archivist', 'city.inspector'];
  const [officer, chief, leader, archivist, lead, shinanChief, shinanArchivist, inspector] = await Promise.all(names.map((u) => t.login(u)));
  as = { officer, chief, leader, archivist, lead, shinanChief, shinanArchivist, inspector };
});
afterAll(() => t.close());

const rowOf = async (table: string, id: number) => (await t.db.query(`SELECT to_jsonb(x) AS j FROM ${table} x WHERE id = $1`, [id]))[0];
const auditCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit'))[0].n;

describe('archives (§12.1–12.2)', () => {
  it('an archivist or the line office files an archive; its documents are contents, not in the list or the record', async () => {
    const a = await createArchive(as.archivist, RELATIONS_OFFICE, { entrusted: true, entrustedTo: '青岛某档案服务公司' });
    expect(a).toMatchObject({ status: 'inStock', unitId: 1, lineId: 2, documentCount: 2, entrusted: true });
    expect(a).not.toHaveProperty('documents');
    const listed = await as.lead.get('/api/archives').query({ filter: JSON.stringify({ id: [a.id] }) });
    expect(listed.body[0]).toMatchObject({ id: a.id, title: expect.any(String), refNo: expect.any(String) });
    expect(listed.body[0]).not.toHaveProperty('documents');
    expect(listed.body[0]).not.toHaveProperty('changeLog');
    const contents = await as.archivist.get(`/api/archives/${a.id}/contents`);
    expect(contents.status).toBe(200);
    expect(contents.body.documents).toHaveLength(2);
    // §12.2 entrusted needs the third party; §12.1 an archive belongs to a line office.
    expect((await as.archivist.post('/api/archives').send({ ...baseArchive(), entrusted: true })).body.errors).toHaveProperty('entrustedTo');
    expect((await as.archivist.post('/api/archives').send({ ...baseArchive(), departmentId: 1 })).body.errors).toHaveProperty('departmentId');
    expect((await as.inspector.post('/api/archives').send(baseArchive())).status).toBe(403);
    expect((await as.shinanArchivist.post('/api/archives').send(baseArchive())).status).toBe(403);
  });

  it('§12.3 a direct PUT or DELETE of an archived record is 409 naming the rule, and the record stays as it was', async () => {
    const a = await createArchive(as.archivist, INSPECTION_OFFICE);
    const before = await rowOf('archives', a.id);
    const entries = await auditCount();
    for (const agent of [as.archivist, as.officer, as.chief]) {
      const put = await agent.put(`/api/archives/${a.id}`).send({ title: '改过的题名', version: a.version });
      expect(put.status).toBe(409);
      expect(put.body).toMatchObject({ code: 'archived_record', message: expect.stringContaining('§12.3') });
      const del = await agent.delete(`/api/archives/${a.id}`);
      expect(del.status).toBe(409);
      expect(del.body.code).toBe('archived_record');
    }
    expect(await rowOf('archives', a.id)).toEqual(before);
    expect(await auditCount()).toBe(entries);
  });
});

function baseArchive() {
  return {
    departmentId: INSPECTION_OFFICE,
    title: '校验用档案',
    refNo: `V-${Date.now() % 1000000}`,
    year: 2026,
    documents: [{ title: '抽取记录', kind: 'drawRecord', pages: 1 }],
    custodian: '陈静',
    location: '档案室',
    retention: '10y',
  };
}

describe('archive changes (§12.3)', () => {
  it('a change is applied only on the chief’s approval, in the same step, and logged with time, content, reason, handler and approver', async () => {
    const a = await createArchive(as.archivist, INSPECTION_OFFICE);
    const asked = await as.archivist.post('/api/archiveChanges').send({
      archiveId: a.id,
      kind: 'addDocument',
      document: { title: '责令改正通知书', kind: 'notice', pages: 1 },
      content: '补入漏归档的责令改正通知书',
      reason: '归档时遗漏',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', requestedByName: '陈静（档案员）', departmentId: INSPECTION_OFFICE });
    expect((await as.archivist.get(`/api/archives/${a.id}/contents`)).body.documents).toHaveLength(2);
    // Nobody but the line office's chief decides: not the archivist, not the leader, not another unit's chief.
    expect((await as.archivist.post(`/api/archiveChanges/${asked.body.id}/approve`).send({})).status).toBe(403);
    expect((await as.shinanChief.post(`/api/archiveChanges/${asked.body.id}/approve`).send({})).status).toBe(404);
    const approved = await as.chief.post(`/api/archiveChanges/${asked.body.id}/approve`).send({});
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedByName: '张伟（负责人）' });
    const contents = (await as.archivist.get(`/api/archives/${a.id}/contents`)).body;
    expect(contents.documents.map((d: { title: string }) => d.title)).toEqual(['抽取记录', '检查记录表', '责令改正通知书']);
    expect(contents.changeLog).toEqual([
      {
        changeId: asked.body.id,
        at: t.clock.now().toISOString(),
        content: '补入漏归档的责令改正通知书',
        reason: '归档时遗漏',
        handlerId: 6,
        handlerName: '陈静（档案员）',
        approverId: 4,
        approverName: '张伟（负责人）',
      },
    ]);
    expect((await as.archivist.get(`/api/archives/${a.id}`)).body.documentCount).toBe(3);
    expect((await as.chief.post(`/api/archiveChanges/${asked.body.id}/approve`).send({})).status).toBe(409);
  });

  it('a chief does not approve its own change; a rejection needs a reason and changes nothing; a field correction applies', async () => {
    const a = await createArchive(as.archivist, INSPECTION_OFFICE);
    const own = await as.chief
      .post('/api/archiveChanges')
      .send({ archiveId: a.id, kind: 'correctField', field: 'location', value: '档案室 B-02', content: '更正存放位置', reason: '已迁移' });
    expect(own.status).toBe(201);
    expect((await as.chief.post(`/api/archiveChanges/${own.body.id}/approve`).send({})).body.code).toBe('own_request');
    const other = await as.officer
      .post('/api/archiveChanges')
      .send({ archiveId: a.id, kind: 'removeDocument', documentIndex: 1, content: '抽出检查记录表', reason: '重复归档' });
    expect((await as.chief.post(`/api/archiveChanges/${other.body.id}/reject`).send({})).status).toBe(400);
    const rejected = await as.chief.post(`/api/archiveChanges/${other.body.id}/reject`).send({ reason: '不是重复件' });
    expect(rejected.body.status).toBe('rejected');
    expect((await as.archivist.get(`/api/archives/${a.id}/contents`)).body).toMatchObject({ documents: { length: 2 }, changeLog: [] });
    const field = await as.officer
      .post('/api/archiveChanges')
      .send({ archiveId: a.id, kind: 'correctField', field: 'year', value: 2025, content: '更正年度', reason: '录入错误' });
    expect((await as.chief.post(`/api/archiveChanges/${field.body.id}/approve`).send({})).status).toBe(200);
    expect((await as.archivist.get(`/api/archives/${a.id}`)).body.year).toBe(2025);
    // Bad requests: an index past the end, a value of the wrong type, an unknown field.
    const bad = [
      { kind: 'removeDocument', documentIndex: 5 },
      { kind: 'correctField', field: 'year', value: 'abc' },
      { kind: 'correctField', field: 'status', value: 'transferred' },
      { kind: 'addDocument' },
    ];
    for (const b of bad)
      expect((await as.officer.post('/api/archiveChanges').send({ archiveId: a.id, content: '无效', reason: '无效', ...b })).status).toBe(400);
    expect((await as.officer.put(`/api/archiveChanges/${field.body.id}`).send({ content: '改过的内容' })).status).toBe(403);
  });
});

describe('loans (§12.4)', () => {
  it('§12.4.2 chief then leader, then the archivist registers; contents open to the borrower only while checked out (§12.4.1, §12.4.3)', async () => {
    const a = await createArchive(as.archivist, RELATIONS_OFFICE);
    const contents = () => as.officer.get(`/api/archives/${a.id}/contents`);
    expect((await contents()).status).toBe(404);
    const loan = await requestLoan(as.officer, [a.id]);
    expect(loan).toMatchObject({ status: 'requested', departmentId: INSPECTION_OFFICE, requestedBy: 3 });
    const act = (agent: Agent, action: string, body: object = {}) => agent.post(`/api/loans/${loan.id}/${action}`).send(body);
    // A leader before the chief: 409 naming the state; an archivist approves nothing; a requester does not approve.
    const early = await act(as.leader, 'approve');
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('requested');
    expect((await act(as.archivist, 'approve')).status).toBe(403);
    expect((await act(as.archivist, 'checkout')).status).toBe(409);
    expect((await act(as.officer, 'approve')).status).toBe(403);
    const otherChief = await extraUser(t, 'relations.chief', 'chief', RELATIONS_OFFICE);
    expect((await act(otherChief, 'approve')).status).toBe(404);
    expect((await act(as.chief, 'approve')).body.status).toBe('chiefApproved');
    expect((await contents()).status).toBe(404);
    expect((await act(as.leader, 'approve')).body.status).toBe('approved');
    expect((await contents()).status).toBe(404);
    const out = await act(as.archivist, 'checkout');
    expect(out.body.status).toBe('checkedOut');
    expect((await as.archivist.get(`/api/archives/${a.id}`)).body).toMatchObject({ status: 'onLoan', borrowerIds: [3] });
    expect((await contents()).status).toBe(200);
    expect((await act(as.officer, 'cancel')).status).toBe(409);
    // §12.4.4 a finding needs its note; the bad request leaves the loan as it was.
    const before = await rowOf('loans', loan.id);
    expect((await act(as.archivist, 'return', { condition: 'soiled' })).status).toBe(400);
    expect((await act(as.archivist, 'return', { condition: 'broken', note: '—' })).status).toBe(400);
    expect(await rowOf('loans', loan.id)).toEqual(before);
    const back = await act(as.archivist, 'return', { condition: 'soiled', note: '第 2 页有水渍' });
    expect(back.body).toMatchObject({ status: 'returned', condition: 'soiled', conditionNote: '第 2 页有水渍', finding: true });
    expect((await contents()).status).toBe(404);
    expect((await as.archivist.get(`/api/archives/${a.id}`)).body).toMatchObject({ status: 'inStock', borrowerIds: [] });
    // The finding is the chief's report: the archivist may not close it, the chief does.
    expect((await act(as.archivist, 'close')).status).toBe(403);
    const closed = await act(as.chief, 'close', { reason: '已阅，提醒借阅人' });
    expect(closed.body.status).toBe('closed');
    expect(closed.body.history.map((h: { action: string; byName: string }) => `${h.action}:${h.byName}`)).toEqual([
      'request:李明（经办）',
      'approve:张伟（负责人）',
      'approve:刘洋（分管领导）',
      'checkout:陈静（档案员）',
      'return:陈静（档案员）',
      'close:张伟（负责人）',
    ]);
    expect((await contents()).status).toBe(404);
    expect((await act(as.chief, 'close')).status).toBe(409);
  });

  it('nobody approves their own request: a chief’s own loan is refused to it; a rejection needs a reason; the requester cancels', async () => {
    const a = await createArchive(as.archivist, RELATIONS_OFFICE);
    const own = await requestLoan(as.chief, [a.id]);
    expect((await as.chief.post(`/api/loans/${own.id}/approve`).send({})).body.code).toBe('own_request');
    const loan = await requestLoan(as.officer, [a.id]);
    expect((await as.chief.post(`/api/loans/${loan.id}/reject`).send({})).status).toBe(400);
    expect((await as.chief.post(`/api/loans/${loan.id}/reject`).send({ reason: '用途不明' })).body.status).toBe('rejected');
    expect((await as.leader.post(`/api/loans/${loan.id}/approve`).send({})).status).toBe(409);
    expect((await as.chief.post(`/api/loans/${own.id}/cancel`).send({})).body.status).toBe('cancelled');
    const third = await requestLoan(as.officer, [a.id]);
    expect((await as.chief.post(`/api/loans/${third.id}/cancel`).send({})).status).toBe(403);
    expect((await as.officer.post(`/api/loans/${third.id}/cancel`).send({})).body.status).toBe('cancelled');
    // Bad requests: another unit's archive, a due date in the past, no archive; a leader (of no department) does not borrow.
    const shinanArchive = await createArchive(as.shinanArchivist, 8);
    expect((await as.officer.post('/api/loans').send({ archiveIds: [shinanArchive.id], purpose: '查阅', dueDate: '2026-03-20' })).status).toBe(400);
    expect((await as.officer.post('/api/loans').send({ archiveIds: [a.id], purpose: '查阅', dueDate: '2026-03-01' })).body.errors).toHaveProperty('dueDate');
    expect((await as.officer.post('/api/loans').send({ archiveIds: [], purpose: '查阅', dueDate: '2026-03-20' })).status).toBe(400);
    expect((await as.leader.post('/api/loans').send({ archiveIds: [a.id], purpose: '查阅', dueDate: '2026-03-20' })).status).toBe(403);
    expect((await as.officer.put(`/api/loans/${third.id}`).send({ purpose: '改为其他用途' })).status).toBe(403);
  });

  it('§12.4.4 a return that finds 短缺 marks the archive until the chief closes the loan, then stays in its history', async () => {
    const a = await createArchive(as.archivist, RELATIONS_OFFICE);
    const findings = (agent: Agent) => agent.get(`/api/archives/${a.id}/findings`);
    const lend = async (condition: string, note?: string) => {
      const loan = await requestLoan(as.officer, [a.id]);
      await as.chief.post(`/api/loans/${loan.id}/approve`).send({}).expect(200);
      await as.leader.post(`/api/loans/${loan.id}/approve`).send({}).expect(200);
      await as.archivist.post(`/api/loans/${loan.id}/checkout`).send({}).expect(200);
      await as.archivist.post(`/api/loans/${loan.id}/return`).send({ condition, note }).expect(200);
      return loan.id;
    };
    await lend('intact');
    expect((await findings(as.leader)).body).toEqual([]);
    const missing = await lend('missing', '缺第 2 页检查记录表');
    // Whoever reads the archive reads its findings (the leader, the archivist), not only the loan's readers; another unit does not.
    for (const agent of [as.leader, as.archivist, as.officer]) {
      const res = await findings(agent);
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        expect.objectContaining({
          loanId: missing,
          condition: 'missing',
          note: '缺第 2 页检查记录表',
          borrowerName: '李明（经办）',
          returnedByName: '陈静（档案员）',
          closed: null,
        }),
      ]);
    }
    expect((await findings(as.shinanChief)).status).toBe(404);
    await as.chief.post(`/api/loans/${missing}/close`).send({ reason: '已责成借阅人补回' }).expect(200);
    const closed = (await findings(as.leader)).body;
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({
      loanId: missing,
      condition: 'missing',
      closed: { byName: '张伟（负责人）', note: '已责成借阅人补回', at: expect.any(String) },
    });
  });

  it('§12.4.1 copies only when the approved loan says so, each registered while the loan is out; an archive out cannot go out twice', async () => {
    const a = await createArchive(as.archivist, RELATIONS_OFFICE);
    const through = async (copiesNeeded: boolean) => {
      const loan = await requestLoan(as.officer, [a.id], { copiesNeeded });
      await as.chief.post(`/api/loans/${loan.id}/approve`).send({}).expect(200);
      await as.leader.post(`/api/loans/${loan.id}/approve`).send({}).expect(200);
      return loan.id;
    };
    const plain = await through(false);
    const withCopies = await through(true);
    await as.archivist.post(`/api/loans/${plain}/checkout`).send({}).expect(200);
    expect((await as.archivist.post(`/api/loans/${plain}/copies`).send({ archiveId: a.id, description: '第 1 页', pages: 1 })).body.code).toBe(
      'copies_not_approved',
    );
    expect((await as.archivist.post(`/api/loans/${withCopies}/checkout`).send({})).body.code).toBe('archive_not_in_stock');
    await as.archivist.post(`/api/loans/${plain}/return`).send({ condition: 'intact' }).expect(200);
    await as.archivist.post(`/api/loans/${plain}/close`).send({}).expect(200);
    await as.archivist.post(`/api/loans/${withCopies}/checkout`).send({}).expect(200);
    expect((await as.officer.post(`/api/loans/${withCopies}/copies`).send({ archiveId: a.id, description: '第 1 页', pages: 1 })).status).toBe(403);
    const copied = await as.archivist.post(`/api/loans/${withCopies}/copies`).send({ archiveId: a.id, description: '抽取记录第 1–2 页', pages: 2 });
    expect(copied.status).toBe(201);
    expect(copied.body.copies).toMatchObject([{ archiveId: a.id, pages: 2, byName: '陈静（档案员）' }]);
  });

  it('two chiefs approving the same request at once: exactly one wins, the other gets 409', async () => {
    const second = await extraUser(t, 'inspection.chief2', 'chief', INSPECTION_OFFICE);
    const a = await createArchive(as.archivist, RELATIONS_OFFICE);
    for (let round = 0; round < 3; round++) {
      const loan = await requestLoan(as.officer, [a.id]);
      const answers = await Promise.all([as.chief, second].map((c) => c.post(`/api/loans/${loan.id}/approve`).send({})));
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const stored = (await as.officer.get(`/api/loans/${loan.id}`)).body;
      expect(stored.history.filter((h: { action: string }) => h.action === 'approve')).toHaveLength(1);
      await as.officer.post(`/api/loans/${loan.id}/cancel`).send({}).expect(200);
    }
  });
});

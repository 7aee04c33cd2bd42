import type request from 'supertest';

type As = (username: string) => Promise<ReturnType<typeof request.agent>>;

/** The demo archives (§12.1): two lines in the city and in 市南区, each with its documents, kept by the unit's archivist. */
const ARCHIVES: { archivist: string; departmentId: number; title: string; refNo: string; year: number; location: string; custodian: string }[] = [
  {
    archivist: 'city.archivist',
    departmentId: 2,
    title: '2025年度用人单位遵守劳动保障法律法规情况抽查',
    refNo: 'QD-JC-2025-001',
    year: 2025,
    location: '档案室 A-01-03',
    custodian: '陈静',
  },
  {
    archivist: 'city.archivist',
    departmentId: 2,
    title: '2025年度人力资源服务机构抽查',
    refNo: 'QD-JC-2025-002',
    year: 2025,
    location: '档案室 A-01-04',
    custodian: '陈静',
  },
  {
    archivist: 'city.archivist',
    departmentId: 2,
    title: '2025年度用人单位参加社会保险情况抽查',
    refNo: 'QD-JC-2025-003',
    year: 2025,
    location: '档案室 A-01-05',
    custodian: '陈静',
  },
  {
    archivist: 'city.archivist',
    departmentId: 2,
    title: '2024年度劳务派遣单位抽查',
    refNo: 'QD-JC-2024-007',
    year: 2024,
    location: '档案室 A-02-01',
    custodian: '陈静',
  },
  {
    archivist: 'city.archivist',
    departmentId: 2,
    title: '2024年度建设领域工资支付情况抽查',
    refNo: 'QD-JC-2024-008',
    year: 2024,
    location: '档案室 A-02-02',
    custodian: '陈静',
  },
  {
    archivist: 'city.archivist',
    departmentId: 2,
    title: '2024年度职业中介机构抽查',
    refNo: 'QD-JC-2024-009',
    year: 2024,
    location: '档案室 A-02-03',
    custodian: '陈静',
  },
  {
    archivist: 'city.archivist',
    departmentId: 2,
    title: '2023年度用人单位遵守劳动保障法律法规情况抽查',
    refNo: 'QD-JC-2023-004',
    year: 2023,
    location: '档案室 A-03-01',
    custodian: '陈静',
  },
  {
    archivist: 'city.archivist',
    departmentId: 3,
    title: '2025年度集体合同履行情况抽查',
    refNo: 'QD-GX-2025-001',
    year: 2025,
    location: '档案室 B-01-01',
    custodian: '陈静',
  },
  {
    archivist: 'shinan.archivist',
    departmentId: 8,
    title: '2025年度市南区用人单位劳动用工抽查',
    refNo: 'SN-JC-2025-001',
    year: 2025,
    location: '市南区局档案室 1-02',
    custodian: '王芳',
  },
  {
    archivist: 'shinan.archivist',
    departmentId: 8,
    title: '2024年度市南区劳务派遣单位抽查',
    refNo: 'SN-JC-2024-003',
    year: 2024,
    location: '市南区局档案室 1-03',
    custodian: '王芳',
  },
  {
    archivist: 'shinan.archivist',
    departmentId: 9,
    title: '2025年度市南区劳动合同签订情况抽查',
    refNo: 'SN-GX-2025-001',
    year: 2025,
    location: '市南区局档案室 2-01',
    custodian: '王芳',
  },
];

const DOCUMENTS = [
  { title: '抽查任务及随机抽取记录', kind: 'drawRecord', pages: 4 },
  { title: '事先告知书及送达回证', kind: 'notice', pages: 6 },
  { title: '双随机抽查检查记录表', kind: 'record', pages: 18 },
  { title: '检查结果汇总及公示截图', kind: 'result', pages: 5 },
  { title: '证据材料清单', kind: 'evidenceList', pages: 2 },
];

/**
 * Demo archives and loans (§12) through the API, as the people who would do each step: the archivists file the
 * archives; city.officer asks for loans that then stand in every state — waiting for the chief, for the leader, to be
 * checked out, out (one overdue), back with a 污损 finding waiting for the chief, closed, rejected and cancelled; one
 * approved change (a corrected location) and one waiting for the chief; and in 市南区 one loan waiting for its chief.
 */
export async function withDemoArchives(as: As) {
  const made: number[] = [];
  for (const { archivist, ...a } of ARCHIVES) {
    const agent = await as(archivist);
    const res = await agent
      .post('/api/archives')
      .send({ ...a, documents: DOCUMENTS, retention: a.year < 2025 ? '30y' : '10y' })
      .expect(201);
    made.push(res.body.id as number);
  }
  const [a1, a2, a3, a4, a5, a6, a7] = made;
  const officer = await as('city.officer');
  const chief = await as('city.chief');
  const leader = await as('city.leader');
  const archivist = await as('city.archivist');
  const ask = async (archiveIds: number[], purpose: string, dueDate: string, copiesNeeded = false) =>
    (await officer.post('/api/loans').send({ archiveIds, purpose, dueDate, copiesNeeded }).expect(201)).body.id as number;
  const step = (agent: typeof officer, id: number, action: string, body: object = {}) => agent.post(`/api/loans/${id}/${action}`).send(body).expect(200);
  const approved = async (id: number) => {
    await step(chief, id, 'approve', { reason: '同意' });
    await step(leader, id, 'approve', { reason: '同意' });
  };

  const closed = await ask([a6], '复核2024年度职业中介机构抽查的整改落实情况', '2026-12-10');
  await approved(closed);
  await step(archivist, closed, 'checkout');
  await step(archivist, closed, 'return', { condition: 'intact' });
  await step(archivist, closed, 'close');

  const soiled = await ask([a5], '核对建设领域工资支付抽查的检查记录', '2026-12-15', true);
  await approved(soiled);
  await step(archivist, soiled, 'checkout');
  await archivist.post(`/api/loans/${soiled}/copies`).send({ archiveId: a5, description: '检查记录表复印一份', pages: 18 }).expect(201);
  await step(archivist, soiled, 'return', { condition: 'soiled', note: '第 7–9 页有水渍，字迹尚可辨认' });

  const overdue = await ask([a4], '准备劳务派遣专项检查，查阅往年检查材料', '2026-11-30');
  await approved(overdue);
  await step(archivist, overdue, 'checkout');

  const out = await ask([a7], '查阅2023年度抽查结果，比对本年度检查对象', '2026-12-31');
  await approved(out);
  await step(archivist, out, 'checkout');

  await approved(await ask([a3], '编制年度工作总结，查阅社会保险抽查档案', '2026-12-20'));
  await step(chief, await ask([a2], '办理信访件，需查阅人力资源服务机构检查记录', '2026-12-18'), 'approve', { reason: '同意，请分管领导审批' });
  await ask([a1], '复核2025年度劳动保障抽查的检查结果', '2026-12-22', true);
  await step(chief, await ask([a2], '个人学习', '2026-12-05'), 'reject', { reason: '借阅用途不符合规定（§12.4.1）' });
  await step(officer, await ask([a3], '查阅社会保险抽查档案', '2026-12-08'), 'cancel');

  const location = await archivist
    .post('/api/archiveChanges')
    .send({
      archiveId: a1,
      kind: 'correctField',
      field: 'location',
      value: '档案室 A-01-06',
      content: '存放位置更正为 档案室 A-01-06',
      reason: '档案柜调整，原登记位置有误',
    })
    .expect(201);
  await chief.post(`/api/archiveChanges/${location.body.id}/approve`).send({ reason: '同意更正' }).expect(200);
  await officer
    .post('/api/archiveChanges')
    .send({
      archiveId: a2,
      kind: 'addDocument',
      document: { title: '整改情况复查记录', kind: 'other', pages: 3 },
      content: '补充整改情况复查记录 3 页',
      reason: '复查材料形成于归档之后，按规定补充归档',
    })
    .expect(201);

  const shinanOfficer = await as('shinan.officer');
  await shinanOfficer
    .post('/api/loans')
    .send({ archiveIds: [made[8]], purpose: '查阅上年度劳动用工抽查情况', dueDate: '2026-12-16' })
    .expect(201);
}

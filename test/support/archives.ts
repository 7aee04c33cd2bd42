import type { Agent, TestApp } from './app.js';

/** City departments: 劳动保障监察支队 (line 1: city.officer, city.chief, city.archivist) and 劳动关系处 (line 2). */
export const INSPECTION_OFFICE = 2;
export const RELATIONS_OFFICE = 3;
export const NEW_PASSWORD = 'Archive#2026x';

let serial = 0;

/** An archive of a city line office, created through the API by city.archivist. */
export async function createArchive(archivist: Agent, departmentId: number, over: Record<string, unknown> = {}) {
  serial += 1;
  const res = await archivist.post('/api/archives').send({
    departmentId,
    title: `测试档案 ${serial}`,
    refNo: `T-2026-${departmentId}-${serial}-${Date.now() % 100000}`,
    year: 2026,
    documents: [
      { title: '抽取记录', kind: 'drawRecord', pages: 3 },
      { title: '检查记录表', kind: 'record', pages: 2 },
    ],
    custodian: '陈静',
    location: '档案室 A-01',
    retention: '30y',
    ...over,
  });
  if (res.status !== 201) throw new Error(`archive: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; version: number; status: string };
}

/** A user made by the administrator (a second chief of an office, a chief of another office) and signed in. */
export async function extraUser(t: TestApp, username: string, role: string, departmentId: number | null, unitId = 1): Promise<Agent> {
  const admin = await t.login('admin');
  const res = await admin.post('/api/users').send({ username, name: username, role, unitId, departmentId, password: NEW_PASSWORD });
  if (res.status !== 201) throw new Error(`user ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return t.login(username, NEW_PASSWORD);
}

/** A loan request through the API (due well after the test clock's today, 2026-03-02). */
export async function requestLoan(agent: Agent, archiveIds: number[], over: Record<string, unknown> = {}) {
  const res = await agent.post('/api/loans').send({ archiveIds, purpose: '查阅以往检查情况', dueDate: '2026-03-20', ...over });
  if (res.status !== 201) throw new Error(`loan: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; status: string };
}

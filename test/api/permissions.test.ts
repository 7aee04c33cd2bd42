import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestApp, type Agent, type TestApp } from '../support/app.js';
import { ROLES, type Role } from '../../api/permissions/roles.js';

/**
 * The permission matrix: every role × (list, read, create, update, delete) × (own unit, other unit),
 * through HTTP, on the unit-scoped `departments` resource and the admin-only `users` resource.
 */
let t: TestApp;
let agents: Map<string, Agent>;
beforeAll(async () => {
  t = await startTestApp();
  agents = await loginAll(t);
});
afterAll(() => t.close());

const CITY = 1;
const SHINAN = 2;
const LAOSHAN = 5;
type Scope = 'own' | 'other';
type Outcome = 'allowed' | 'forbidden' | 'hidden';

/** Who, and the units that are "own" and "other" for them. */
const subjects: { username: string; role: Role; own: number; other: number }[] = [
  { username: 'admin', role: 'admin', own: CITY, other: SHINAN },
  ...ROLES.filter((r) => r !== 'admin').flatMap((role) => [
    { username: `city.${role}`, role, own: CITY, other: SHINAN },
    { username: `shinan.${role}`, role, own: SHINAN, other: LAOSHAN },
  ]),
];

const isCitySupervisor = (username: string, role: Role) => username.startsWith('city.') && ['lead', 'chief', 'leader'].includes(role);

/** DESIGN.md: admins manage the organisation; everybody else reads departments in their scope and changes none. */
function expectedDepartments(username: string, role: Role, action: string, scope: Scope): Outcome {
  if (role === 'admin') return 'allowed';
  const visible = scope === 'own' || isCitySupervisor(username, role);
  if (action === 'list' || action === 'read') return visible ? 'allowed' : 'hidden';
  if (action === 'create') return 'forbidden';
  return visible ? 'forbidden' : 'hidden';
}

async function attempt(username: string, action: string, unitId: number): Promise<Outcome> {
  const a = agents.get(username)!;
  const [target] = await t.db.query<{ id: number; version: number }>(
    'SELECT id, version FROM departments WHERE "unitId" = $1 AND NOT lead ORDER BY id LIMIT 1',
    [unitId],
  );
  let status: number;
  switch (action) {
    case 'list': {
      const res = await a.get('/api/departments').query({ filter: JSON.stringify({ unitId }) });
      expect(res.status).toBe(200);
      return res.body.length > 0 ? 'allowed' : 'hidden';
    }
    case 'read':
      status = (await a.get(`/api/departments/${target.id}`)).status;
      break;
    case 'create':
      status = (await a.post('/api/departments').send({ name: `新科室-${username}`, unitId, lineId: 2 })).status;
      break;
    case 'update':
      status = (await a.put(`/api/departments/${target.id}`).send({ name: `改名-${username}` })).status;
      break;
    default:
      status = (await a.delete(`/api/departments/${(await freshDepartment(unitId)).id}`)).status;
  }
  if (status === 200 || status === 201) return 'allowed';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'hidden';
  throw new Error(`${username} ${action}: unexpected ${status}`);
}

/** A department nobody refers to, so that a permitted delete can succeed. */
async function freshDepartment(unitId: number) {
  const admin = agents.get('admin')!;
  return (await admin.post('/api/departments').send({ name: '待删除科室', unitId, lineId: 3 })).body as { id: number };
}

describe('departments: role × action × scope', () => {
  for (const { username, role, own, other } of subjects) {
    for (const action of ['list', 'read', 'create', 'update', 'delete']) {
      for (const scope of ['own', 'other'] as const) {
        const expected = expectedDepartments(username, role, action, scope);
        it(`${username} ${action} ${scope} unit → ${expected}`, async () => {
          expect(await attempt(username, action, scope === 'own' ? own : other)).toBe(expected);
        });
      }
    }
  }
});

describe('lists are filtered before counting and paging', () => {
  it('a district officer’s Content-Range counts only its own unit', async () => {
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM departments WHERE "unitId" = $1', [SHINAN]);
    const res = await agents.get('shinan.officer')!.get('/api/departments').query({ range: '[0,1]' });
    expect(res.headers['content-range']).toBe(`departments 0-1/${n}`);
    expect(res.body.every((d: { unitId: number }) => d.unitId === SHINAN)).toBe(true);
  });
  it('the city lead office counts every unit', async () => {
    const res = await agents.get('city.lead')!.get('/api/departments').query({ range: '[0,1]' });
    expect(Number(res.headers['content-range'].split('/')[1])).toBeGreaterThanOrEqual(66);
  });
});

describe('users: managed by admins only', () => {
  it.each(subjects.filter((s) => s.role !== 'admin'))('$username can neither list, read nor change users (itself included)', async ({ username }) => {
    const a = agents.get(username)!;
    expect((await a.get('/api/users')).status).toBe(403);
    const [{ id: adminId }] = await t.db.query<{ id: number }>(`SELECT id FROM users WHERE username = 'admin'`);
    const [{ id: selfId }] = await t.db.query<{ id: number }>('SELECT id FROM users WHERE username = $1', [username]);
    expect((await a.get(`/api/users/${adminId}`)).status).toBe(404);
    expect((await a.get(`/api/users/${selfId}`)).status).toBe(404);
    expect((await a.post('/api/users').send({ username: 'x.y', name: '某人', role: 'admin', unitId: 1, password: 'Passw0rd!x' })).status).toBe(403);
    expect((await a.put(`/api/users/${selfId}`).send({ role: 'admin' })).status).toBe(404);
    expect((await a.delete(`/api/users/${selfId}`)).status).toBe(404);
  });

  it('the admin creates, edits and disables users, but not itself', async () => {
    const admin = agents.get('admin')!;
    const created = await admin
      .post('/api/users')
      .send({ username: 'laoshan.officer', name: '崂山经办', role: 'officer', unitId: LAOSHAN, departmentId: null, password: 'Laoshan#2026' });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('passwordHash');
    const wrongDept = await admin.put(`/api/users/${created.body.id}`).send({ departmentId: 2 });
    expect(wrongDept.status).toBe(400);
    expect(wrongDept.body.errors).toHaveProperty('departmentId');
    const noPassword = await admin.post('/api/users').send({ username: 'no.pass', name: '无密码', role: 'officer', unitId: LAOSHAN });
    expect(noPassword.body.errors).toHaveProperty('password');
    const self = (await admin.get('/api/auth/me')).body;
    expect((await admin.put(`/api/users/${self.id}`).send({ active: false })).status).toBe(400);
  });
});

describe('audit log: admins and lead offices, by scope', () => {
  it('admin and the city lead office read every unit’s entries', async () => {
    for (const u of ['admin', 'city.lead']) {
      const res = await agents
        .get(u)!
        .get('/api/audit')
        .query({ filter: JSON.stringify({ unitId: SHINAN }) });
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
    }
  });
  it('a district lead office reads its own unit’s entries only', async () => {
    const a = agents.get('shinan.lead')!;
    const res = await a.get('/api/audit').query({ range: '[0,99]' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((e: { unitId: number }) => e.unitId === SHINAN)).toBe(true);
  });
  it.each(['shinan.officer', 'city.officer', 'city.chief', 'shinan.inspector', 'city.archivist', 'city.leader'])('%s gets 403', async (u) => {
    expect((await agents.get(u)!.get('/api/audit')).status).toBe(403);
  });
  it('the log cannot be written through the API', async () => {
    const admin = agents.get('admin')!;
    expect((await admin.post('/api/audit').send({})).status).toBe(404);
    expect((await admin.delete('/api/audit/1')).status).toBe(404);
  });
});

describe('a 403 is not a 401', () => {
  it('keeps the session alive after a forbidden action', async () => {
    const a = agents.get('shinan.officer')!;
    expect((await a.post('/api/units').send({ name: 'x', code: '370299', level: 'district' })).status).toBe(403);
    expect((await a.get('/api/auth/me')).status).toBe(200);
  });
});

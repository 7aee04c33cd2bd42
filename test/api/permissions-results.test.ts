import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestApp, type Agent, type TestApp } from '../support/app.js';
import type { Role } from '../../api/permissions/roles.js';
import { MATRIX_SUBJECTS, outcomeOf, SHINAN, supervisesAll, type Outcome } from '../support/matrix.js';
import { BEIBEI_ASSIGNMENT, freshAssignment, insertResult, INSPECTOR_TEAM_ASSIGNMENT, OTHER_TEAM_ASSIGNMENT, PNG } from '../support/results.js';

/**
 * The permission matrix for results (§9.3), evidence (§11) and referrals (§10.2): every role × action × target, the
 * target a result of the user's own team (市南区, 冯雪's team: shinan.inspector), of another team of the same unit, or
 * of another unit (市北区). Read like assignments: the unit's staff, the city's supervisors, the team; the team enters;
 * the responsible inspector confirms; the office's head (shinan.chief, office 8) confirms, reopens, publishes, refers.
 */
let t: TestApp;
let agents: Map<string, Agent>;
beforeAll(async () => {
  t = await startTestApp();
  agents = await loginAll(t);
});
afterAll(() => t.close());

type Target = 'ownTeam' | 'otherTeam' | 'otherUnit';
const TARGETS: Record<Target, { base: number; unit: number; office: number; team: { inspectorIds: number[]; inspectorUserIds: number[] } }> = {
  ownTeam: { base: INSPECTOR_TEAM_ASSIGNMENT, unit: SHINAN, office: 8, team: { inspectorIds: [23, 26], inspectorUserIds: [13] } },
  otherTeam: { base: OTHER_TEAM_ASSIGNMENT, unit: SHINAN, office: 8, team: { inspectorIds: [25, 24], inspectorUserIds: [] } },
  otherUnit: { base: BEIBEI_ASSIGNMENT, unit: 3, office: 14, team: { inspectorIds: [31, 36], inspectorUserIds: [] } },
};
const USER_IDS: Record<string, number> = { 'shinan.inspector': 13, 'shinan.chief': 10 };

function expected(username: string, role: Role, unit: number, action: string, target: Target): Outcome {
  const tg = TARGETS[target];
  const onTeam = tg.team.inspectorUserIds.includes(USER_IDS[username] ?? -1);
  const visible = role === 'admin' || onTeam || (role !== 'inspector' && (supervisesAll(role, unit) || unit === tg.unit));
  const head = role === 'chief' && unit === tg.unit && username === 'shinan.chief' && tg.office === 8;
  const creating = ['create', 'evidence.create', 'referral.create'].includes(action);
  if (creating && action !== 'evidence.create') return onTeam || (action === 'referral.create' && head) ? 'allowed' : 'forbidden';
  if (!visible) return 'hidden';
  switch (action) {
    case 'list':
    case 'read':
    case 'evidence.read':
    case 'referral.read':
      return 'allowed';
    case 'update':
    case 'evidence.create':
    case 'evidence.delete':
      return onTeam ? 'allowed' : 'forbidden';
    case 'confirm':
      // The responsible inspector of the fixture results is the team's first member (冯雪 on the own team).
      return onTeam || head ? 'allowed' : 'forbidden';
    case 'reopen':
    case 'publish':
      return head ? 'allowed' : 'forbidden';
    case 'referral.update':
      return onTeam || head ? 'allowed' : 'forbidden';
  }
  throw new Error(action);
}

const assignmentFor = (target: Target) => freshAssignment(t.db, TARGETS[target].base, TARGETS[target].team);

async function evidenceOf(resultId: number): Promise<number> {
  const sha = createHash('sha256').update(PNG).digest('hex');
  await t.db.query(`INSERT INTO blobs (sha256, size, mime, "createdAt") VALUES ($1, $2, 'image/png', now()) ON CONFLICT DO NOTHING`, [sha, PNG.length]);
  await t.db.query(`INSERT INTO blob_chunks (sha256, n, data) VALUES ($1, 0, decode($2, 'base64')) ON CONFLICT DO NOTHING`, [sha, PNG.toString('base64')]);
  const [e] = await t.db.query<{ id: number }>(
    `INSERT INTO evidence ("createdAt", "updatedAt", "resultId", "taskId", "unitId", "departmentId", "inspectorUserIds", kind, collection, description, files)
     SELECT now(), now(), id, "taskId", "unitId", "departmentId", "inspectorUserIds", 'documentary', 'onsite', '矩阵', $2 FROM results WHERE id = $1 RETURNING id`,
    [resultId, JSON.stringify([{ n: 0, name: 'a.png', mime: 'image/png', size: PNG.length, sha256: sha }])],
  );
  await t.db.query('UPDATE results SET "evidenceCount" = "evidenceCount" + 1 WHERE id = $1', [resultId]);
  return e.id;
}

async function referralOf(resultId: number): Promise<number> {
  const [r] = await t.db.query<{ id: number }>(
    `INSERT INTO referrals ("createdAt", "updatedAt", "resultId", "taskId", "unitId", "departmentId", "inspectorUserIds", "entityName", kind, recipient, "referredOn", contents)
     SELECT now(), now(), id, "taskId", "unitId", "departmentId", "inspectorUserIds", "entityName", 'internal', '劳动保障监察大队', '2026-03-01', '案源' FROM results WHERE id = $1 RETURNING id`,
    [resultId],
  );
  return r.id;
}

async function attempt(username: string, action: string, target: Target): Promise<Outcome> {
  const a = agents.get(username)!;
  const assignmentId = await assignmentFor(target);
  if (action === 'create') return outcomeOf((await a.post('/api/results').send({ assignmentId, methods: ['document'] })).status);
  const state = action === 'reopen' || action === 'publish' ? 'confirmed' : 'draft';
  const id = await insertResult(t.db, assignmentId, state);
  switch (action) {
    case 'list': {
      const res = await a.get('/api/results').query({ filter: JSON.stringify({ id }) });
      return res.status === 200 ? (res.body.length ? 'allowed' : 'hidden') : outcomeOf(res.status);
    }
    case 'read':
      return outcomeOf((await a.get(`/api/results/${id}`)).status);
    case 'update':
      return outcomeOf((await a.put(`/api/results/${id}`).send({ precheckNotes: `矩阵 ${username}` })).status);
    case 'confirm':
      return outcomeOf((await a.post(`/api/results/${id}/confirm`).send({})).status);
    case 'reopen':
      return outcomeOf((await a.post(`/api/results/${id}/reopen`).send({ reason: '矩阵测试退回' })).status);
    case 'publish':
      return outcomeOf((await a.post(`/api/results/${id}/publish`).send({})).status);
    case 'evidence.create':
      return outcomeOf(
        (
          await a
            .post(`/api/results/${id}/evidence`)
            .field('kind', 'documentary')
            .field('collection', 'onsite')
            .field('description', '矩阵')
            .attach('files', PNG, 'a.png')
        ).status,
      );
    case 'evidence.read':
      return outcomeOf((await a.get(`/api/evidence/${await evidenceOf(id)}/files/0`)).status);
    case 'evidence.delete':
      return outcomeOf((await a.delete(`/api/evidence/${await evidenceOf(id)}`)).status);
    case 'referral.create':
      return outcomeOf(
        (await a.post('/api/referrals').send({ resultId: id, kind: 'internal', recipient: '劳动保障监察大队', referredOn: '2026-03-01', contents: '案源移交' }))
          .status,
      );
    case 'referral.read':
      return outcomeOf((await a.get(`/api/referrals/${await referralOf(id)}`)).status);
    case 'referral.update':
      return outcomeOf((await a.put(`/api/referrals/${await referralOf(id)}`).send({ receivedOn: '2026-03-02', receiptNote: '已签收' })).status);
  }
  throw new Error(action);
}

const ACTIONS = [
  'list',
  'read',
  'create',
  'update',
  'confirm',
  'reopen',
  'publish',
  'evidence.create',
  'evidence.read',
  'evidence.delete',
  'referral.create',
  'referral.read',
  'referral.update',
];

describe('results, evidence, referrals: role × action × own team / other team / other unit', () => {
  for (const { username, role, unit } of MATRIX_SUBJECTS) {
    it(`${username}`, async () => {
      const got: string[] = [];
      const want: string[] = [];
      for (const action of ACTIONS) {
        for (const target of Object.keys(TARGETS) as Target[]) {
          got.push(`${action} ${target}: ${await attempt(username, action, target)}`);
          want.push(`${action} ${target}: ${expected(username, role, unit, action, target)}`);
        }
      }
      expect(got).toEqual(want);
    });
  }

  it('the matrix allows and refuses every action somewhere', () => {
    for (const action of ACTIONS) {
      const outcomes = new Set(
        MATRIX_SUBJECTS.flatMap(({ username, role, unit }) => (Object.keys(TARGETS) as Target[]).map((tg) => expected(username, role, unit, action, tg))),
      );
      expect(outcomes.has('allowed'), action).toBe(true);
      expect(outcomes.size, action).toBeGreaterThan(1);
    }
  });
});

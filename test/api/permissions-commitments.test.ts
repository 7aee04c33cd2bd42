import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestApp, type Agent, type TestApp } from '../support/app.js';
import type { Role } from '../../api/permissions/roles.js';
import { CITY, MATRIX_SUBJECTS, outcomeOf, SHINAN, supervisesAll, type Outcome } from '../support/matrix.js';

/**
 * The permission matrix for commitments (DRAW-SPEC §1a): every role × (commit, list, read, void) × (own unit, other
 * unit). The owning office commits (as it draws); whoever reads the unit's draws reads its commitments; the office's
 * head voids one.
 */
let t: TestApp;
let agents: Map<string, Agent>;
beforeAll(async () => {
  t = await startTestApp();
  agents = await loginAll(t);
});
afterAll(() => t.close());

function expected(role: Role, unit: number, action: string, scope: 'own' | 'other'): Outcome {
  const readsTask = role === 'admin' || scope === 'own' || (role !== 'inspector' && supervisesAll(role, unit));
  // An inspector reads its unit's tasks but no draw records, so no commitments either (its list is refused outright).
  const readsCommitment = readsTask && role !== 'inspector';
  const own = scope === 'own';
  if (action === 'commit') return !readsTask ? 'hidden' : (role === 'officer' || role === 'chief') && own ? 'allowed' : 'forbidden';
  if (action === 'list') return role === 'inspector' ? 'forbidden' : readsCommitment ? 'allowed' : 'hidden';
  if (action === 'read') return readsCommitment ? 'allowed' : 'hidden';
  return !readsCommitment ? 'hidden' : role === 'chief' && own ? 'allowed' : 'forbidden';
}

let seq = 800;
const planLine = async (unitId: number) =>
  (
    await t.db.query<{ id: number }>(
      `SELECT l.id FROM plan_lines l JOIN plans p ON p.id = l."planId" WHERE p."unitId" = $1 AND l."lineId" = 1 ORDER BY l.id LIMIT 1`,
      [unitId],
    )
  )[0].id;
const officerOf = (unitId: number) => agents.get(unitId === CITY ? 'city.officer' : 'shinan.officer')!;
/** A fresh draft task of the unit that announces its public source, made by its own officer. */
const freshTask = async (unitId: number) =>
  (
    await officerOf(unitId)
      .post('/api/tasks')
      .send({
        code: `QD-2026-${++seq}`,
        title: '矩阵测试任务（承诺）',
        planLineId: await planLine(unitId),
        origin: 'own',
        districts: ['370202'],
        count: 2,
        teamSize: 2,
        method: 'document',
        deadline: '2026-12-20',
        publicSourceRequired: true,
        publicSourceNote: '福彩3D 开奖号码',
      })
      .expect(201)
  ).body.id as number;
const freshCommitment = async (unitId: number) =>
  (
    await officerOf(unitId)
      .post(`/api/tasks/${await freshTask(unitId)}/commit`)
      .send({ publicSourceDate: '2026-03-20' })
      .expect(201)
  ).body.id as number;

async function attempt(username: string, action: string, unitId: number): Promise<Outcome> {
  const a = agents.get(username)!;
  if (action === 'commit') return outcomeOf((await a.post(`/api/tasks/${await freshTask(unitId)}/commit`).send({ publicSourceDate: '2026-03-20' })).status);
  const id = await freshCommitment(unitId);
  if (action === 'list') {
    const res = await a.get('/api/commitments').query({ filter: JSON.stringify({ id }) });
    return res.status === 200 ? (res.body.length ? 'allowed' : 'hidden') : outcomeOf(res.status);
  }
  if (action === 'read') return outcomeOf((await a.get(`/api/commitments/${id}`)).status);
  return outcomeOf((await a.post(`/api/commitments/${id}/void`).send({ reason: '矩阵测试作废' })).status);
}

describe('commitments: role × action × scope', () => {
  for (const { username, role, unit } of MATRIX_SUBJECTS) {
    for (const action of ['commit', 'list', 'read', 'void']) {
      for (const scope of ['own', 'other'] as const) {
        const want = expected(role, unit, action, scope);
        it(`${username} ${action} ${scope} → ${want}`, async () => {
          const target = scope === 'own' ? unit : unit === CITY ? SHINAN : CITY;
          expect(await attempt(username, action, target)).toBe(want);
        });
      }
    }
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestApp, type Agent, type TestApp } from '../support/app.js';
import type { Role } from '../../api/permissions/roles.js';
import { CITY, MATRIX_SUBJECTS, outcomeOf, SHINAN, supervisesAll, type Outcome } from '../support/matrix.js';

/**
 * The permission matrix for tasks and their draw (§9): every role × (list, read, create, update, delete, draw)
 * × (own unit, other unit). Tasks belong to the implementing office of their plan line; everyone else in scope reads
 * them (inspectors their own unit's).
 */
let t: TestApp;
let agents: Map<string, Agent>;
beforeAll(async () => {
  t = await startTestApp();
  agents = await loginAll(t);
});
afterAll(() => t.close());

const subjects = MATRIX_SUBJECTS;

function expected(role: Role, unit: number, action: string, scope: 'own' | 'other'): Outcome {
  // The other unit's tasks here are not dispatched to the own district, so only supervisors see them.
  const visible = role === 'admin' || scope === 'own' || (role !== 'inspector' && supervisesAll(role, unit));
  // The demo officer and chief sit in the office of line 1, which owns both units' task plan lines here.
  const owner = (role === 'officer' || role === 'chief') && scope === 'own';
  if (action === 'list' || action === 'read') return visible ? 'allowed' : 'hidden';
  if (action === 'create') return owner ? 'allowed' : 'forbidden';
  if (!visible) return 'hidden';
  return owner ? 'allowed' : 'forbidden';
}

let seq = 500;
const planLine = async (unitId: number) =>
  (
    await t.db.query<{ id: number }>(
      `SELECT l.id FROM plan_lines l JOIN plans p ON p.id = l."planId" WHERE p."unitId" = $1 AND l."lineId" = 1 ORDER BY l.id LIMIT 1`,
      [unitId],
    )
  )[0].id;
const body = async (unitId: number) => ({
  code: `QD-2026-${++seq}`,
  title: '矩阵测试任务',
  planLineId: await planLine(unitId),
  origin: 'own',
  districts: ['370202'],
  count: 2,
  teamSize: 2,
  method: 'document',
  deadline: '2026-12-20',
});
/** A fresh draft task of the unit, made by its own officer. */
const freshTask = async (unitId: number) =>
  (
    await agents
      .get(unitId === CITY ? 'city.officer' : 'shinan.officer')!
      .post('/api/tasks')
      .send(await body(unitId))
  ).body.id as number;

const outcome = outcomeOf;

async function attempt(username: string, action: string, unitId: number): Promise<Outcome> {
  const a = agents.get(username)!;
  if (action === 'create') return outcome((await a.post('/api/tasks').send(await body(unitId))).status);
  const id = await freshTask(unitId);
  if (action === 'list') {
    const res = await a.get('/api/tasks').query({ filter: JSON.stringify({ id }) });
    return res.status === 200 ? (res.body.length ? 'allowed' : 'hidden') : outcome(res.status);
  }
  if (action === 'read') return outcome((await a.get(`/api/tasks/${id}`)).status);
  if (action === 'update') return outcome((await a.put(`/api/tasks/${id}`).send({ title: `改名-${username}` })).status);
  if (action === 'delete') return outcome((await a.delete(`/api/tasks/${id}`)).status);
  return outcome((await a.post(`/api/tasks/${id}/draw`).send({})).status);
}

describe('tasks: role × action × scope', () => {
  for (const { username, role, unit } of subjects) {
    for (const action of ['list', 'read', 'create', 'update', 'delete', 'draw']) {
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

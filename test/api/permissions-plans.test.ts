import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestApp, type Agent, type TestApp } from '../support/app.js';
import type { Role } from '../../api/permissions/roles.js';
import { CITY, MATRIX_SUBJECTS, SHINAN, supervisesAll, type Outcome } from '../support/matrix.js';

/**
 * The permission matrix for draft plans (§8): every role × (list, read, create, update, delete, publish)
 * × (own unit, other unit). The lead office owns its unit's plan; drafts are read within scope (published plans by all).
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
  const visible = role === 'admin' || scope === 'own' || supervisesAll(role, unit);
  const owner = role === 'lead' && scope === 'own';
  if (action === 'list' || action === 'read') return visible ? 'allowed' : 'hidden';
  if (action === 'create') return owner ? 'allowed' : 'forbidden';
  if (!visible) return 'hidden';
  return owner ? (action === 'publish' ? ('refused-uncovered' as Outcome) : 'allowed') : 'forbidden';
}

let year = 2030;
const draft = async (unitId: number) =>
  (
    await agents
      .get(unitId === CITY ? 'city.lead' : 'shinan.lead')!
      .post('/api/plans')
      .send({ unitId, year: ++year, title: '矩阵测试计划' })
  ).body.id as number;
const outcome = (s: number, code?: string): Outcome =>
  s === 200 || s === 201
    ? 'allowed'
    : s === 403
      ? 'forbidden'
      : s === 404
        ? 'hidden'
        : s === 409 && code === 'uncovered_items'
          ? ('refused-uncovered' as Outcome)
          : (() => {
              throw new Error(`unexpected ${s}`);
            })();

async function attempt(username: string, action: string, unitId: number): Promise<Outcome> {
  const a = agents.get(username)!;
  const id = await draft(unitId);
  switch (action) {
    case 'list': {
      const res = await a.get('/api/plans').query({ filter: JSON.stringify({ id }) });
      return res.status === 200 ? (res.body.length ? 'allowed' : 'hidden') : outcome(res.status);
    }
    case 'read':
      return outcome((await a.get(`/api/plans/${id}`)).status);
    case 'create':
      return outcome((await a.post('/api/plans').send({ unitId, year: ++year, title: `新计划-${username}` })).status);
    case 'update':
      return outcome((await a.put(`/api/plans/${id}`).send({ title: `改名-${username}` })).status);
    case 'delete':
      return outcome((await a.delete(`/api/plans/${id}`)).status);
    default: {
      // An empty draft leaves every item uncovered: the owner gets the §8.3 refusal, nobody else gets that far.
      const res = await a.post(`/api/plans/${id}/publish`).send({});
      return outcome(res.status, res.body.code);
    }
  }
}

describe('draft plans: role × action × scope', () => {
  for (const { username, role, unit } of subjects) {
    for (const action of ['list', 'read', 'create', 'update', 'delete', 'publish']) {
      for (const scope of ['own', 'other'] as const) {
        const want = expected(role, unit, action, scope);
        it(`${username} ${action} ${scope} → ${want}`, async () => {
          try {
            expect(await attempt(username, action, scope === 'own' ? unit : unit === CITY ? SHINAN : CITY)).toBe(want);
          } finally {
            // Plans are one per unit and year: clear this case's drafts so the years can be used again.
            await t.db.query('DELETE FROM plans WHERE year >= 2030');
            year = 2030;
          }
        });
      }
    }
  }
});

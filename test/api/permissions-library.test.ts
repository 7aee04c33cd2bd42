import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestApp, type Agent, type TestApp } from '../support/app.js';
import { newUscc } from '../support/library.js';
import type { Role } from '../../api/permissions/roles.js';
import { CITY, LAOSHAN, MATRIX_SUBJECTS, outcomeOf, SHINAN, supervisesAll, type Outcome } from '../support/matrix.js';

/**
 * The permission matrix for the libraries and the item list (§7): every role × (list, read, create, update, delete)
 * × (own unit, other unit), through HTTP. Expectations are written from DESIGN.md's table and the issue, not from
 * the rules file.
 */
let t: TestApp;
let agents: Map<string, Agent>;
beforeAll(async () => {
  t = await startTestApp();
  agents = await loginAll(t);
});
afterAll(() => t.close());

const CODE: Record<number, string> = { [SHINAN]: '370202', [LAOSHAN]: '370212' };

const subjects = MATRIX_SUBJECTS;
const isCity = (unit: number) => unit === CITY;
const supervisor = supervisesAll;
const implementer = (role: Role) => role === 'officer' || role === 'chief';

/** Entities are the district's (§6.2); the city's staff work across districts. "own" = 市南区 for district users, "other" = 崂山区. */
function expectEntities(role: Role, unit: number, action: string, scope: 'own' | 'other'): Outcome {
  const visible = role === 'admin' || isCity(unit) || scope === 'own';
  return outcome(action, visible, visible && (role === 'admin' || implementer(role)));
}

/** Reading what is out of scope is a 404 (no existence leaks); a create out of scope has nothing to hide: 403. */
function outcome(action: string, visible: boolean, writable: boolean): Outcome {
  if (action === 'list' || action === 'read') return visible ? 'allowed' : 'hidden';
  if (action === 'create') return writable ? 'allowed' : 'forbidden';
  if (!visible) return 'hidden';
  if (action === 'delete') return 'forbidden';
  return writable ? 'allowed' : 'forbidden';
}

/** Inspectors belong to their unit; only admins and the unit's implementing offices keep them (§7.3). */
function expectInspectors(role: Role, unit: number, action: string, scope: 'own' | 'other'): Outcome {
  const visible = role === 'admin' || supervisor(role, unit) || scope === 'own';
  return outcome(action, visible, role === 'admin' || (implementer(role) && scope === 'own'));
}

/** Items: the lead office edits all of its unit's, implementing offices their own line's (the target is line 1, theirs). */
function expectItems(role: Role, unit: number, action: string, scope: 'own' | 'other'): Outcome {
  const visible = role === 'admin' || supervisor(role, unit) || scope === 'own';
  return outcome(action, visible, (role === 'lead' || implementer(role)) && scope === 'own');
}

const status = outcomeOf;

async function tryAction(
  username: string,
  resource: string,
  action: string,
  target: { unitId: number; district?: string },
  payload: () => Record<string, unknown>,
): Promise<Outcome> {
  const a = agents.get(username)!;
  const where =
    resource === 'entities'
      ? `district = '${target.district}'`
      : resource === 'items'
        ? `"unitId" = ${target.unitId} AND "lineId" = 1`
        : `"unitId" = ${target.unitId}`;
  const [row] = await t.db.query<Record<string, unknown> & { id: number }>(`SELECT * FROM ${resource} WHERE ${where} ORDER BY id LIMIT 1`);
  switch (action) {
    case 'list': {
      const filter = resource === 'entities' ? { district: target.district } : { unitId: target.unitId };
      const res = await a.get(`/api/${resource}`).query({ filter: JSON.stringify(filter) });
      if (res.status !== 200) return status(res.status);
      return res.body.length ? 'allowed' : 'hidden';
    }
    case 'read':
      return status((await a.get(`/api/${resource}/${row.id}`)).status);
    case 'create':
      return status((await a.post(`/api/${resource}`).send(payload())).status);
    case 'update': {
      const change = resource === 'items' ? { ratioNote: `调整-${username}`, reason: '矩阵测试' } : { name: `${row.name}·${username}`.slice(0, 50) };
      return status((await a.put(`/api/${resource}/${row.id}`).send(change)).status);
    }
    default:
      return status((await a.delete(`/api/${resource}/${row.id}`)).status);
  }
}

const cases = [
  {
    resource: 'entities',
    expect: expectEntities,
    target: (scope: 'own' | 'other', unit: number) => {
      const unitId = scope === 'own' && unit !== CITY ? unit : scope === 'own' ? SHINAN : LAOSHAN;
      return { unitId, district: CODE[unitId] };
    },
    payload: (target: { district?: string }) => () => ({
      uscc: newUscc('enterprise', target.district),
      name: '青岛矩阵测试有限公司',
      type: 'enterprise',
      district: target.district,
      lineIds: [1],
      status: 'active',
      changedOn: '2026-02-27',
    }),
  },
  {
    resource: 'inspectors',
    expect: expectInspectors,
    target: (scope: 'own' | 'other', unit: number) => ({ unitId: scope === 'own' ? unit : unit === CITY ? SHINAN : LAOSHAN }),
    payload: (target: { unitId: number }) => () => ({
      name: '矩阵测试员',
      unitId: target.unitId,
      category: 'supervisor',
      status: 'active',
      changedOn: '2026-02-27',
    }),
  },
  {
    resource: 'items',
    expect: expectItems,
    target: (scope: 'own' | 'other', unit: number) => ({ unitId: scope === 'own' ? unit : unit === CITY ? SHINAN : LAOSHAN }),
    payload: (target: { unitId: number }) => () => ({
      unitId: target.unitId,
      lineId: 1,
      name: '矩阵测试事项',
      category: '劳动保障监察',
      subjectTypes: ['enterprise'],
      itemKind: 'general',
      methods: ['onsite'],
      legalBasis: '《劳动保障监察条例》第十一条',
      source: 'city',
      status: 'active',
      reason: '矩阵测试',
    }),
  },
];

for (const c of cases) {
  describe(`${c.resource}: role × action × scope`, () => {
    for (const { username, role, unit } of subjects) {
      for (const action of ['list', 'read', 'create', 'update', 'delete']) {
        for (const scope of ['own', 'other'] as const) {
          const expected = c.expect(role, unit, action, scope);
          it(`${username} ${action} ${scope} → ${expected}`, async () => {
            const target = c.target(scope, unit);
            expect(await tryAction(username, c.resource, action, target, c.payload(target))).toBe(expected);
          });
        }
      }
    }
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import request from 'supertest';
import type { Router } from 'express';
import { resources } from '../../api/resources/index.js';
import { compileResource } from '../../api/rest/router.js';
import { drawActionsRouter } from '../../api/actions/draws.js';
import { commitmentActionsRouter } from '../../api/actions/commitments.js';
import { randomNonce } from '../../api/actions/nonces.js';
import { planActionsRouter } from '../../api/actions/plans.js';
import { itemActionsRouter } from '../../api/actions/items.js';
import { libraryIoRouter, libraryIos } from '../../api/actions/library-io.js';
import { resultActionsRouter } from '../../api/actions/results.js';
import { evidenceRouter } from '../../api/actions/evidence.js';
import { authRouter, DEFAULT_LOGIN_POLICY } from '../../api/auth/routes.js';
import { DEFAULT_SESSION_POLICY } from '../../api/auth/sessions.js';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';

/**
 * Every route of the API, fed arbitrary query strings and bodies by every kind of user: no answer is a 5xx, and a
 * write that is refused leaves its record byte for byte as it was (and the audit log without a new entry).
 */
let t: TestApp;
const agents = new Map<string, Agent | null>();
const idsOf = new Map<string, number[]>();

interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  /** The table whose record `:id` names, when the route acts on one. */
  table?: string;
  fields: string[];
}

const compiled = resources.map(compileResource);
const tableOf = new Map(compiled.map((c) => [c.def.name, c.spec.table]));
const actionFields = [
  'reason',
  'publicSource',
  'inspectorId',
  'kind',
  'upserts',
  'removals',
  'username',
  'password',
  'currentPassword',
  'newPassword',
  'version',
  'id',
];

/** The routes a router declares, read from the router itself so that a new route is fuzzed without editing this file. */
function declared(router: Router, prefix = ''): RouteSpec[] {
  return (router.stack as { route?: { path: string; methods: Record<string, boolean> } }[]).flatMap((layer) => {
    if (!layer.route) return [];
    const path = prefix + layer.route.path;
    const segment = path.split('/').filter((s) => s && s !== 'public')[0];
    return Object.keys(layer.route.methods).map((method) => ({
      method: method as RouteSpec['method'],
      path,
      table: path.includes(':id') ? tableOf.get(segment) : undefined,
      fields: [...actionFields, ...Object.keys(compiled.find((c) => c.def.name === segment)?.kinds ?? {})],
    }));
  });
}

function allRoutes(): RouteSpec[] {
  const store = t.store;
  const byName = new Map(compiled.map((c) => [c.def.name, c]));
  const crud = compiled.flatMap((c): RouteSpec[] => {
    const base = `/${c.def.name}`;
    const fields = Object.keys(c.kinds);
    const table = c.spec.table;
    const reads: RouteSpec[] = [
      { method: 'get', path: base, fields },
      { method: 'get', path: `${base}/:id`, fields, table },
    ];
    if (c.def.readOnly) return reads;
    return [
      ...reads,
      { method: 'post', path: base, fields },
      { method: 'put', path: `${base}/:id`, fields, table },
      { method: 'delete', path: `${base}/:id`, fields, table },
    ];
  });
  const actions = [
    ...declared(drawActionsRouter(store, randomNonce)),
    ...declared(commitmentActionsRouter(store, randomNonce)),
    ...declared(planActionsRouter(store, byName)),
    ...declared(itemActionsRouter(store)),
    ...declared(libraryIoRouter(libraryIos(byName), store)),
    ...declared(resultActionsRouter(store, byName.get('results')!.present)),
    ...declared(evidenceRouter(store, byName.get('evidence')!.spec, byName.get('evidence')!.present)),
    // Logout takes no input, and would end the session the next runs need.
    ...declared(authRouter(store, DEFAULT_SESSION_POLICY, DEFAULT_LOGIN_POLICY, false), '/auth').filter((r) => r.path !== '/auth/logout'),
    { method: 'get' as const, path: '/health', fields: [] },
  ];
  return [...crud, ...actions];
}

beforeAll(async () => {
  t = await startTestApp();
  agents.set('anonymous', null);
  for (const u of ['admin', 'city.lead', 'city.officer', 'city.chief', 'shinan.officer', 'shinan.chief', 'shinan.inspector', 'city.archivist'])
    agents.set(u, await t.login(u));
  for (const table of new Set(compiled.map((c) => c.spec.table))) {
    idsOf.set(
      table,
      (await t.db.query<{ id: number }>(`SELECT id FROM "${table}" ORDER BY random() LIMIT 15`)).map((r) => r.id),
    );
  }
});
afterAll(() => t.close());

// Values chosen to reach the edges: lone surrogates, years beyond 9999, integers beyond int4/int8, NUL, %-escapes.
const nasty = fc.constantFrom(
  '\ud800',
  'a\udfff',
  '\u0000',
  '+010000-01-01T00:00:00Z',
  '10000-01-01',
  '2026-02-30',
  '9999-12-31T23:59:59.999Z',
  '%E0%A4%A',
  "'; DROP TABLE users; --",
  '__proto__',
  'constructor',
  '',
  ' ',
  'NaN',
  '1e400',
  '-0',
);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), nasty);
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 63, 1e308, -1, 0, 1));
const scalar = fc.oneof(text, number, fc.boolean(), fc.constant(null));
const value = fc.oneof({ depthSize: 'small' }, scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(text, scalar, { maxKeys: 3 }));
const recordOf = (fields: string[]) => fc.dictionary(fields.length ? fc.oneof(fc.constantFrom(...fields), text) : text, value, { maxKeys: 6 });

/** A query string: simple-rest's own parameters (as JSON or not) and stray ones. */
const queryFor = (fields: string[]) =>
  fc.dictionary(
    fc.constantFrom('filter', 'sort', 'range', 'format', 'dryRun', 'from', 'to', 'q', 'x'),
    fc.oneof(
      text,
      recordOf(fields.flatMap((f) => [f, `${f}_gte`, `${f}_lte`, `${f}_neq`, 'q'])).map((o) => JSON.stringify(o)),
      fc.tuple(fc.constantFrom(...(fields.length ? fields : ['id']), 'nope'), fc.constantFrom('ASC', 'DESC', 'x')).map((s) => JSON.stringify(s)),
      fc.tuple(number, number).map((r) => JSON.stringify(r)),
    ),
    { maxKeys: 3 },
  );

const idArb = (table?: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(table && idsOf.get(table)?.length ? idsOf.get(table)! : [1])).map(String) },
    fc.constantFrom('0', '-1', '1.5', '1e3', '99999999999999999999', 'abc', '%E0%A4%A', '%ZZ', '%00'),
    fc.string({ maxLength: 6 }).map(encodeURIComponent),
  );

const snapshot = async (table: string, id: string) =>
  /^\d+$/.test(id) && Number(id) < 2 ** 31
    ? ((await t.db.query<{ j: string }>(`SELECT to_jsonb(r)::text AS j FROM "${table}" r WHERE id = $1`, [Number(id)]))[0]?.j ?? null)
    : null;
const auditHead = async () => (await t.db.query<{ n: number | null }>('SELECT max(id)::int AS n FROM audit'))[0].n;

describe('fuzzing every route', () => {
  it('answers every query string and body without a 5xx; a refused write changes nothing', async () => {
    const routes = allRoutes();
    expect(routes.length).toBeGreaterThan(60);
    const requestArb = fc.constantFrom(...routes).chain((route) =>
      fc.record({
        route: fc.constant(route),
        agent: fc.constantFrom(...agents.keys()),
        id: idArb(route.table),
        query: queryFor(route.fields),
        body: fc.oneof({ weight: 3, arbitrary: recordOf(route.fields) }, fc.constant(undefined), value),
        // The stored record with a few fields changed: passes the shape checks and reaches the database's own.
        changes: route.method === 'put' ? fc.option(fc.dictionary(fc.constantFrom(...route.fields), value, { minKeys: 1, maxKeys: 2 })) : fc.constant(null),
      }),
    );
    await fc.assert(
      fc.asyncProperty(requestArb, async ({ route, agent, id, query, body: given, changes }) => {
        const path = `/api${route.path.replace(':id', id)}`;
        const client = agents.get(agent) ?? request(t.app);
        const before = route.table && route.method !== 'get' ? await snapshot(route.table, id) : null;
        const head = await auditHead();
        const body = changes && before ? { ...JSON.parse(before), ...changes } : given;
        let req = client[route.method](path).query(query);
        if (body !== undefined && route.method !== 'get' && route.method !== 'delete')
          req = req.set('Content-Type', 'application/json').send(JSON.stringify(body));
        const res = await req;
        const what = `${route.method.toUpperCase()} ${path} as ${agent} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        expect(res.status, what).toBeLessThan(500);
        if (route.method !== 'get' && res.status >= 400) {
          expect(await auditHead(), what).toBe(head);
          if (route.table) expect(await snapshot(route.table, id), what).toBe(before);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 600) },
    );
    expect(t.logs.server).toEqual([]);
  }, 600_000);
});

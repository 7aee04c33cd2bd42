import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import type { DashboardAnswer, Figure } from '../../api/actions/dashboardTypes.js';

/**
 * The supervision dashboard (issue 14 part 4): every figure is the total of the list it names, read by the same user;
 * figures move when the data moves; only lead offices, heads of department and leaders read it, in their scope.
 * The clock stands at 28 December 2026: the demo tasks' deadline (25 December) has passed, the demo's draft and
 * confirmed results of 24 November are past 10 and 20 working days, one demo loan was due on 30 November.
 */
let t: TestApp;
const agents = new Map<string, Agent>();
const as = async (user: string) => {
  if (!agents.has(user)) agents.set(user, await t.login(user));
  return agents.get(user)!;
};

beforeAll(async () => {
  t = await startTestApp();
  t.clock.current = new Date('2026-12-28T02:00:00.000Z');
});
afterAll(() => t.close());

const total = async (agent: Agent, { resource, filter }: Figure) => {
  const res = await agent.get(`/api/${resource}`).query({ filter: JSON.stringify(filter), range: '[0,0]' });
  expect(res.status, `${resource} ${JSON.stringify(filter)}: ${JSON.stringify(res.body)}`).toBe(200);
  return Number(res.headers['content-range'].split('/')[1]);
};

const figuresOf = (d: DashboardAnswer): [string, Figure][] => [
  ...Object.entries(d.figures),
  ...Object.entries(d.tasks).map(([status, f]) => [`tasks.${status}`, f] as [string, Figure]),
];

const dashboard = async (user: string, query: Record<string, unknown> = {}) => {
  const res = await (await as(user)).get('/api/dashboard').query({ year: 2026, ...query });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as DashboardAnswer;
};

/** Each figure against its list's Content-Range, fetched by the same user. */
async function expectFiguresMatchLists(user: string, query: Record<string, unknown> = {}) {
  const d = await dashboard(user, query);
  const agent = await as(user);
  for (const [key, figure] of figuresOf(d)) expect({ key, count: await total(agent, figure) }).toEqual({ key, count: figure.count });
  return d;
}

/**
 * §8.3 what the year's published plans set out to inspect, worked out here from the rows: each line's count, or its
 * ratio (rounded up) of the active entities on the line — city-wide for a city plan, the district's own for a district's.
 */
async function plannedFromRows(unitId: number | null) {
  const lines = await t.db.query<{ unitId: number; level: string; lineId: number; ratioBp: number | null; count: number | null }>(
    `SELECT l."unitId", u.level, l."lineId", l."ratioBp", l.count FROM plan_lines l JOIN plans p ON p.id = l."planId" JOIN units u ON u.id = l."unitId"
      WHERE p.year = 2026 AND p.status = 'published' AND ($1::int IS NULL OR p."unitId" = $1)`,
    [unitId],
  );
  let sum = 0;
  for (const l of lines) {
    const [{ n }] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM entities WHERE status = 'active' AND $1::int = ANY("lineIds") AND ($2::int IS NULL OR "unitId" = $2)`,
      [l.lineId, l.level === 'city' ? null : l.unitId],
    );
    sum += l.count ?? Math.ceil(((l.ratioBp ?? 0) * n) / 10_000);
  }
  return sum;
}

describe('§8.3 the planned inspections', () => {
  it('city-wide, for the city bureau and for 市南区, are what the published plans ask of the active library', async () => {
    for (const unitId of [null, 1, 2]) {
      const d = await dashboard('city.chief', unitId === null ? {} : { unitId });
      expect({ unitId, planned: d.planned }).toEqual({ unitId, planned: await plannedFromRows(unitId) });
    }
    expect((await dashboard('city.chief', { unitId: 2 })).planned).toBeGreaterThan(0);
    expect((await dashboard('shinan.chief')).planned).toBe(await plannedFromRows(2));
  });
});

describe('every dashboard figure equals the total of the list it links to', () => {
  it('city.chief, city-wide: every figure, and the figures are not all zero', async () => {
    const d = await expectFiguresMatchLists('city.chief');
    expect(d.unit).toBeNull();
    expect(d.today).toBe('2026-12-28');
    expect(d.figures.plansOnTime.count).toBe(2);
    expect(d.figures.plansUnpublished.count).toBe(9);
    expect(d.figures.tasksOverdue.count).toBeGreaterThan(0);
    expect(d.figures.resultsUnconfirmed.count).toBeGreaterThan(0);
    expect(d.figures.resultsUnpublished.count).toBeGreaterThan(0);
    expect(d.figures.loansOverdue.count).toBe(1);
    expect(d.figures.entitiesLate.count).toBeGreaterThan(0);
    expect(d.figures.library.count).toBeGreaterThan(d.figures.inspected.count);
    expect(d.planned).toBeGreaterThan(0);
    expect(Object.values(d.tasks).reduce((n, f) => n + f.count, 0)).toBeGreaterThan(0);
  });

  it('city.chief for 市南区, and city.leader and city.lead for the city bureau', async () => {
    const shinan = await expectFiguresMatchLists('city.chief', { unitId: 2 });
    expect(shinan.unit).toMatchObject({ id: 2, name: '市南区人力资源和社会保障局', level: 'district' });
    expect(shinan.figures.plansUnpublished.count).toBe(0);
    await expectFiguresMatchLists('city.leader', { unitId: 1 });
    const lead = await expectFiguresMatchLists('city.lead');
    // §4.1.1c the lead office reads the unit's loans for the overdue figure (not only its own requests).
    expect(lead.figures.loansOverdue.count).toBe(1);
  });

  it('shinan.chief, shinan.lead and shinan.leader: their own district only, whatever they ask', async () => {
    for (const user of ['shinan.chief', 'shinan.lead', 'shinan.leader']) {
      const d = await expectFiguresMatchLists(user);
      expect(d.unit?.id).toBe(2);
      for (const [, f] of figuresOf(d)) if (f.resource !== 'units') expect(f.filter.unitId).toBe(2);
    }
    const city = await dashboard('city.chief', { unitId: 2 });
    const own = await dashboard('shinan.chief');
    expect(own.figures.tasksOverdue.count).toBe(city.figures.tasksOverdue.count);
  });

  it('a year without work counts nothing but the library and the units without a plan', async () => {
    const d = await expectFiguresMatchLists('city.chief', { year: 2025 });
    expect(d.figures.tasksOverdue.count).toBe(0);
    expect(d.figures.plansUnpublished.count).toBe(11);
  });

  it('the configured working days decide what is late (§13.2b)', async () => {
    const patient = await startTestApp({ resultDeadlines: { confirmWorkdays: 60, publishWorkdays: 60 } });
    try {
      patient.clock.current = t.clock.current;
      const agent = await patient.login('city.chief');
      const res = await agent.get('/api/dashboard').query({ year: 2026 });
      expect(res.body.deadlines).toMatchObject({ confirmWorkdays: 60, publishWorkdays: 60 });
      expect(res.body.figures.resultsUnconfirmed.count).toBe(0);
      expect(res.body.figures.resultsUnpublished.count).toBe(0);
      const strict = await dashboard('city.chief');
      expect(strict.figures.resultsUnpublished.count + strict.figures.resultsUnconfirmed.count).toBeGreaterThan(0);
    } finally {
      await patient.close();
    }
  });
});

describe('figures move with the data', () => {
  it('a police referral, its receipt, a confirmation and a publication each move their figure and its list', async () => {
    const inspector = await as('shinan.inspector');
    const chief = await as('shinan.chief');
    const before = await dashboard('shinan.chief');
    const [draft] = (await chief.get('/api/results').query({ filter: JSON.stringify({ status: 'draft', unitId: 2 }) })).body as { id: number }[];

    await inspector.put(`/api/results/${draft.id}`).send({ suspectedCrime: true }).expect(200);
    const suspected = await expectFiguresMatchLists('shinan.chief');
    expect(suspected.figures.crimesUnreferred.count).toBe(before.figures.crimesUnreferred.count + 1);

    const referral = await chief
      .post('/api/referrals')
      .send({ resultId: draft.id, kind: 'police', recipient: '青岛市公安局市南分局', referredOn: '2026-12-27', contents: '涉嫌拒不支付劳动报酬' });
    expect(referral.status, JSON.stringify(referral.body)).toBe(201);
    const referred = await expectFiguresMatchLists('shinan.chief');
    expect(referred.figures.crimesUnreferred.count).toBe(before.figures.crimesUnreferred.count);
    expect(referred.figures.referralsOpen.count).toBe(before.figures.referralsOpen.count + 1);

    await chief
      .put(`/api/referrals/${referral.body.id}`)
      .send({ ...referral.body, receivedOn: '2026-12-28' })
      .expect(200);
    expect((await dashboard('shinan.chief')).figures.referralsOpen.count).toBe(before.figures.referralsOpen.count);

    // Changed after the task's deadline, the result needs the head's explanation before it is confirmed (§13.2d).
    await chief.post(`/api/results/${draft.id}/explain`).send({ explanation: '涉嫌犯罪线索核实后补录' }).expect(200);
    const confirmed = await chief.post(`/api/results/${draft.id}/confirm`).send({});
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const after = await expectFiguresMatchLists('shinan.chief');
    expect(after.figures.resultsUnconfirmed.count).toBe(before.figures.resultsUnconfirmed.count - 1);
    expect(after.figures.inspected.count).toBe(before.figures.inspected.count + 1);
    // Confirmed today: not yet late for publication.
    expect(after.figures.resultsUnpublished.count).toBe(before.figures.resultsUnpublished.count);

    const city = await dashboard('city.chief', { unitId: 1 });
    const cityChief = await as('city.chief');
    const [waiting] = (await cityChief.get('/api/results').query({ filter: JSON.stringify(city.figures.resultsUnpublished.filter) })).body as { id: number }[];
    await cityChief.post(`/api/results/${waiting.id}/publish`).send({}).expect(200);
    const published = await expectFiguresMatchLists('city.chief', { unitId: 1 });
    expect(published.figures.resultsUnpublished.count).toBe(city.figures.resultsUnpublished.count - 1);
  });
});

describe('who reads the dashboard', () => {
  it('lead offices, heads of department and leaders may; inspectors, archivists, officers and administrators are refused (403)', async () => {
    for (const user of ['city.lead', 'city.chief', 'city.leader', 'shinan.lead', 'shinan.chief', 'shinan.leader'])
      expect((await (await as(user)).get('/api/dashboard')).status, user).toBe(200);
    for (const user of ['city.inspector', 'shinan.inspector', 'city.archivist', 'shinan.archivist', 'city.officer', 'admin']) {
      for (const path of ['/api/dashboard', '/api/dashboard/summary', '/api/dashboard/summary.xlsx'])
        expect((await (await as(user)).get(path)).status, `${user} ${path}`).toBe(403);
    }
  });

  it('the public is asked to sign in (401)', async () => {
    const { default: request } = await import('supertest');
    expect((await request(t.app).get('/api/dashboard')).status).toBe(401);
  });

  it('a district reads no other unit (404), a city supervisor no unit that does not exist (404)', async () => {
    const res = await (await as('shinan.chief')).get('/api/dashboard').query({ unitId: 1 });
    expect(res.status).toBe(404);
    expect(res.body.message).toMatch(/不在您的范围内/);
    expect((await (await as('city.chief')).get('/api/dashboard').query({ unitId: 999 })).status).toBe(404);
  });

  it('bad parameters are a 400 naming the field', async () => {
    const chief = await as('city.chief');
    const year = await chief.get('/api/dashboard').query({ year: 'next' });
    expect(year.status).toBe(400);
    expect(year.body.errors.year).toBeTruthy();
    expect((await chief.get('/api/dashboard').query({ year: 1999 })).body.errors.year).toMatch(/2000/);
    expect((await chief.get('/api/dashboard').query({ unitId: -1 })).body.errors.unitId).toBeTruthy();
    expect((await chief.get('/api/dashboard').query({ line: 3 })).body.errors.line).toBe('未知字段');
  });

  it('the lists’ new filters refuse values they cannot read', async () => {
    const chief = await as('city.chief');
    const crime = await chief.get('/api/results').query({ filter: JSON.stringify({ policeReferral: 'maybe' }) });
    expect(crime.status).toBe(400);
    expect(crime.body.errors.policeReferral).toBeTruthy();
    const units = await chief.get('/api/units').query({ filter: JSON.stringify({ withoutPublishedPlan: 'soon' }) });
    expect(units.status).toBe(400);
    expect(units.body.errors.withoutPublishedPlan).toBeTruthy();
  });

  it('§4.1.1c a lead office reads its unit’s loans, not another unit’s', async () => {
    expect((await (await as('city.lead')).get('/api/loans/3')).status).toBe(200);
    expect((await (await as('shinan.lead')).get('/api/loans/3')).status).toBe(404);
    expect((await (await as('shinan.lead')).get('/api/loans/10')).status).toBe(200);
    // Staff of another office still read only their own requests.
    expect((await (await as('shinan.officer')).get('/api/loans/3')).status).toBe(404);
  });
});

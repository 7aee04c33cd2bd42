import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataSet } from '../../api/store/seed.js';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { freshAssignment, INSPECTOR_TEAM_ASSIGNMENT, onsiteBody } from '../support/results.js';

/**
 * The public API (§5.3 一公开): every endpoint walked with published and unpublished data of every kind, made through
 * the API as the demo users make it. No unpublished record and no personal field or value may appear in any answer.
 */
const demo = readDataSet('db.json') as unknown as {
  inspectors: { name: string; certificateNo: string | null }[];
  users: { name: string; username: string }[];
  draws: { id: number; taskId: number }[];
  tasks: { id: number; code: string }[];
};
const drawOf = (code: string) => demo.draws.find((d) => d.taskId === demo.tasks.find((t) => t.code === code)!.id)!.id;

/** Field names that would carry a person's data or internal notes. */
const PERSONAL_FIELDS = [
  'inspectorIds',
  'inspectorUserIds',
  'present',
  'certificateNo',
  'phone',
  'precheckNotes',
  'onsitePlace',
  'problems',
  'notes',
  'note',
  'history',
  'responsibleInspectorId',
  'responsibleUserId',
  'refusalSignedBy',
  'createdBy',
  'updatedBy',
  'publishedBy',
  'publishedByName',
  'proposedBy',
  'proposedByName',
  'decidedBy',
  'decidedByName',
  'drawnBy',
  'drawnByName',
  'committedBy',
  'committedByName',
  'actorName',
  'lateExplanation',
  'passwordHash',
];
/** Texts this test enters that must stay inside: result notes, a referral, an unpublished item and plan. */
const SECRET_NOTE = '预查比对备注：仅内部可见';
const SECRET_PLACE = '内部地址：香港中路 99 号';
const UNPUBLISHED_ITEM = '尚未发布的新增抽查事项';
const UNPUBLISHED_NAME = '已修改但尚未公布的事项名称';
const UNPUBLISHED_PLAN = '尚未发布的年度计划';
const PENDING_ADJUSTMENT = '尚待审核的计划调整';

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  return out;
}

/** The body's text without entity names (a business may be named after a person who also inspects: 周雪国小吃店). */
const textOf = (body: unknown) => JSON.stringify(body, (k, v: unknown) => (k === 'entityName' ? undefined : v));

let t: TestApp;
let anonymous: ReturnType<typeof request>;
let shinanChief: Agent;
let cityLead: Agent;
const bodies = new Map<string, unknown>();

/** Every row of a public list, page by page (100 a page), keeping each answer for the personal-data check. */
async function walk(path: string, filter?: object): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let start = 0; ; start += 100) {
    const res = await anonymous.get(path).query({ range: JSON.stringify([start, start + 99]), ...(filter ? { filter: JSON.stringify(filter) } : {}) });
    expect(res.status, `${path}: ${res.text}`).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    bodies.set(`${path} ${start}`, res.body);
    rows.push(...res.body);
    const total = Number(res.headers['content-range'].split('/')[1]);
    if (start + 100 >= total) return rows;
  }
}

beforeAll(async () => {
  t = await startTestApp({ publicApi: { perAddress: { windowMs: 60_000, limit: 100_000 } } });
  anonymous = request(t.app);
  shinanChief = await t.login('shinan.chief');
  cityLead = await t.login('city.lead');
  const inspector = await t.login('shinan.inspector');
  const shinanLead = await t.login('shinan.lead');
  const shinanOfficer = await t.login('shinan.officer');

  // Items: the city publishes its list, then edits one item and adds another without publishing again.
  expect((await cityLead.post('/api/items/publish').send({})).status).toBe(201);
  const [item] = await t.db.query<{ id: number; version: number }>('SELECT id, version FROM items WHERE "unitId" = 1 ORDER BY id LIMIT 1');
  expect((await cityLead.put(`/api/items/${item.id}`).send({ name: UNPUBLISHED_NAME, reason: '测试未公布的修改', version: item.version })).status).toBe(200);
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...fields } = (await cityLead.get(`/api/items/${item.id}`)).body;
  expect((await cityLead.post('/api/items').send({ ...fields, name: UNPUBLISHED_ITEM, reason: '新增事项' })).status).toBe(201);

  // Plans: a draft plan, and a pending adjustment of 市南区's published plan.
  expect((await cityLead.post('/api/plans').send({ unitId: 1, year: 2027, title: UNPUBLISHED_PLAN })).status).toBe(201);
  const [plan] = await t.db.query<{ id: number }>(`SELECT id FROM plans WHERE "unitId" = 2 AND status = 'published'`);
  const [line] = await t.db.query<Record<string, unknown>>(
    'SELECT * FROM plan_lines WHERE "planId" = $1 AND "departmentId" = (SELECT "departmentId" FROM users WHERE username = $2) ORDER BY id LIMIT 1',
    [plan.id, 'shinan.officer'],
  );
  const upsert = {
    id: line.id,
    itemId: line.itemId,
    departmentId: line.departmentId,
    ratioBp: 1200,
    count: null,
    frequency: line.frequency,
    windowStart: line.windowStart,
    windowEnd: line.windowEnd,
    method: line.method,
    joint: line.joint,
  };
  const proposed = await shinanOfficer.post(`/api/plans/${plan.id}/adjustments`).send({ reason: PENDING_ADJUSTMENT, upserts: [upsert] });
  expect(proposed.status, proposed.text).toBe(201);
  void shinanLead;

  // Results: a draft with notes, then confirmed but not published.
  const draft = await inspector.post('/api/results').send({ ...onsiteBody(), precheckNotes: SECRET_NOTE, onsitePlace: SECRET_PLACE });
  expect(draft.status, draft.text).toBe(201);
  expect((await inspector.post(`/api/results/${draft.body.id}/confirm`).send({})).status).toBe(200);
  expect(
    (
      await shinanChief
        .post('/api/referrals')
        .send({ resultId: draft.body.id, kind: 'internal', recipient: '市南区劳动保障监察大队', referredOn: '2026-03-02', contents: SECRET_NOTE })
    ).status,
  ).toBe(201);

  // Draws: SN-2026-003's record is published by the head; the others stay unpublished.
  expect((await shinanChief.post(`/api/draws/${drawOf('SN-2026-003')}/publish`).send({})).status).toBe(200);
}, 120_000);
afterAll(() => t.close());

describe('the public API never shows an unpublished record', () => {
  it('results: exactly the published ones, searchable by name or 统一社会信用代码, filterable', async () => {
    const rows = await walk('/api/public/results');
    const published = await t.db.query<{ id: number; uscc: string; entityName: string }>(
      `SELECT id, uscc, "entityName" FROM results WHERE status = 'published' ORDER BY "publishedAt" DESC, id DESC`,
    );
    expect(rows.map((r) => r.id)).toEqual(published.map((r) => r.id));
    expect(published.length).toBeGreaterThan(0);
    const [one] = published;
    expect((await walk('/api/public/results', { q: one.uscc })).map((r) => r.id)).toEqual([one.id]);
    expect((await walk('/api/public/results', { q: one.uscc.toLowerCase() })).map((r) => r.id)).toEqual([one.id]);
    expect((await walk('/api/public/results', { q: one.entityName.slice(2, 4) })).map((r) => r.id)).toContain(one.id);
    expect((await walk('/api/public/results', { q: one.entityName.slice(1, 5) })).map((r) => r.id)).toContain(one.id);
    const [row] = rows.filter((r) => r.id === one.id);
    const [facts] = await t.db.query<{ district: string; year: number; lineId: number }>(
      'SELECT e.district, t.year, t."lineId" FROM results r JOIN entities e ON e.id = r."entityId" JOIN tasks t ON t.id = r."taskId" WHERE r.id = $1',
      [one.id],
    );
    for (const filter of [{ district: facts.district }, { year: facts.year }, { lineId: facts.lineId }, { category: row.category }])
      expect((await walk('/api/public/results', filter)).map((r) => r.id)).toContain(one.id);
    expect(await walk('/api/public/results', { district: '不存在的区' })).toEqual([]);
    expect((await walk('/api/public/results', { year: facts.year + 1 })).map((r) => r.id)).not.toContain(one.id);
    expect((await walk('/api/public/results', { category: row.category === 'no_problem' ? 'other' : 'no_problem' })).map((r) => r.id)).not.toContain(one.id);
    // An unpublished result's code finds nothing.
    const [hidden] = await t.db.query<{ uscc: string }>(
      `SELECT uscc FROM results WHERE status <> 'published' AND uscc NOT IN (SELECT uscc FROM results WHERE status = 'published') LIMIT 1`,
    );
    expect(await walk('/api/public/results', { q: hidden.uscc })).toEqual([]);
    // The first public API's parameter still works.
    const byTask = await anonymous.get('/api/public/results').query({ taskCode: row.taskCode });
    expect(byTask.body.every((r: { taskCode: string }) => r.taskCode === row.taskCode)).toBe(true);
  });

  it('non-cooperation (§10.1): only results the head marked for publication', async () => {
    expect(await walk('/api/public/non-cooperation')).toEqual([]);
    const inspector = await t.login('shinan.inspector');
    // One more assignment of 冯雪's team (a copy of its row), whose entity refused to cooperate.
    const a = await freshAssignment(t.db, INSPECTOR_TEAM_ASSIGNMENT);
    const body = { ...onsiteBody(a), category: 'non_cooperation', problems: '拒绝提供工资台账' };
    const made = await inspector.post('/api/results').send(body);
    expect(made.status, made.text).toBe(201);
    expect((await inspector.post(`/api/results/${made.body.id}/confirm`).send({})).status).toBe(200);
    expect(await walk('/api/public/non-cooperation')).toEqual([]);
    expect((await shinanChief.post(`/api/results/${made.body.id}/non-cooperation`).send({ publish: true })).status).toBe(200);
    const listed = await walk('/api/public/non-cooperation');
    expect(listed.map((r) => r.id)).toEqual([made.body.id]);
    expect(listed[0]).toMatchObject({ category: 'non_cooperation', nonCooperationPublished: true, publishedOn: null });
    // Marked, not yet published as a result: not in the result list.
    expect((await walk('/api/public/results')).map((r) => r.id)).not.toContain(made.body.id);
  });

  it('draws: the published record only, list and record alike', async () => {
    const rows = await walk('/api/public/draws');
    expect(rows.map((r) => r.id)).toEqual([drawOf('SN-2026-003')]);
    expect(rows[0]).toMatchObject({ taskCode: 'SN-2026-003', poolSize: expect.any(Number), authority: expect.any(String) });
    const record = await anonymous.get(`/api/public/draws/${drawOf('SN-2026-003')}`);
    expect(record.status).toBe(200);
    bodies.set('draw record', record.body);
    expect(record.body).toMatchObject({ algorithm: 'QD-DRAW-2', taskCode: 'SN-2026-003', status: 'valid' });
    for (const code of ['QD-2026-002', 'SN-2026-002', 'QD-2026-004']) {
      const res = await anonymous.get(`/api/public/draws/${drawOf(code)}`);
      expect([code, res.status]).toEqual([code, 404]);
    }
    expect(await walk('/api/public/draws', { taskCode: 'QD-2026-004' })).toEqual([]);
  });

  it('items: the latest publication of each unit, not later edits or new items', async () => {
    const rows = await walk('/api/public/items');
    const [pub] = await t.db.query<{ items: { id: number; name: string }[] }>(
      'SELECT items FROM item_publications WHERE "unitId" = 1 ORDER BY id DESC LIMIT 1',
    );
    expect(rows.map((r) => r.id)).toEqual(pub.items.map((i) => i.id));
    expect(rows.every((r) => typeof r.legalBasis === 'string' && (r.legalBasis as string).length > 1)).toBe(true);
    expect(rows.map((r) => r.name)).not.toContain(UNPUBLISHED_NAME);
    expect(await walk('/api/public/items', { unitId: 2 })).toEqual([]);
  });

  it('plans: published plans with their versions and what each adjustment changed; never a draft', async () => {
    const rows = await walk('/api/public/plans');
    expect(rows.map((r) => r.title)).not.toContain(UNPUBLISHED_PLAN);
    expect(rows.map((r) => [r.unitId, r.year])).toEqual(
      expect.arrayContaining([
        [1, 2026],
        [2, 2026],
      ]),
    );
    expect(rows).toHaveLength(2);
    for (const p of rows) {
      const res = await anonymous.get(`/api/public/plans/${p.id}`);
      expect(res.status).toBe(200);
      bodies.set(`plan ${p.id}`, res.body);
    }
    const shinanRow = rows.find((r) => r.unitId === 2)!;
    const shinan = bodies.get(`plan ${shinanRow.id}`) as {
      planVersion: number;
      publishedAt: string;
      versionPublishedAt: string;
      versions: { planVersion: number; publishedAt: string; changes: { kind: string }[]; adjustment: unknown }[];
    };
    expect(shinan.versions.map((v) => v.planVersion)).toEqual([1, 2]);
    // The adjusted plan: first published with version 1, its current version (2) dated when the adjustment took effect.
    expect(shinan.planVersion).toBe(2);
    expect(shinan.publishedAt).toBe(shinan.versions[0].publishedAt);
    expect(shinan.versionPublishedAt).toBe(shinan.versions[1].publishedAt);
    expect(shinan.versionPublishedAt > shinan.publishedAt).toBe(true);
    expect(shinanRow.versionPublishedAt).toBe(shinan.versionPublishedAt);
    expect(shinan.versions[1].changes.length).toBeGreaterThan(0);
    expect(shinan.versions[1].adjustment).toMatchObject({ reason: expect.any(String) });
    const [draft] = await t.db.query<{ id: number }>(`SELECT id FROM plans WHERE status = 'draft'`);
    expect((await anonymous.get(`/api/public/plans/${draft.id}`)).status).toBe(404);
  });

  it('no answer holds a personal field, a name or certificate number from the libraries, or an internal note', async () => {
    bodies.set('units', (await anonymous.get('/api/public/units')).body);
    bodies.set('lines', (await anonymous.get('/api/public/lines')).body);
    bodies.set('commitments', (await anonymous.get('/api/public/commitments/SN-2026-003')).body);
    const names = [...new Set([...demo.inspectors.map((i) => i.name), ...demo.users.map((u) => u.name.replace(/（.*）$/, ''))])];
    const certificates = demo.inspectors.map((i) => i.certificateNo).filter((c): c is string => !!c);
    const secrets = [SECRET_NOTE, SECRET_PLACE, UNPUBLISHED_ITEM, UNPUBLISHED_NAME, UNPUBLISHED_PLAN, PENDING_ADJUSTMENT, ...demo.users.map((u) => u.username)];
    expect(bodies.size).toBeGreaterThan(10);
    for (const [where, body] of bodies) {
      const keys = keysOf(body);
      expect(
        PERSONAL_FIELDS.filter((f) => keys.has(f)),
        where,
      ).toEqual([]);
      const text = textOf(body);
      expect(
        [...names, ...certificates, ...secrets].filter((s) => text.includes(s)),
        where,
      ).toEqual([]);
    }
  });
});

describe('the public API pages, caches and limits like the rest', () => {
  it('pages: the second and the last page, with Content-Range', async () => {
    const all = await walk('/api/public/items');
    expect(all.length).toBeGreaterThan(10);
    const second = await anonymous.get('/api/public/items').query({ range: '[5,9]' });
    expect(second.headers['content-range']).toBe(`items 5-9/${all.length}`);
    expect(second.body.map((r: { id: number }) => r.id)).toEqual(all.slice(5, 10).map((r) => r.id));
    const lastStart = Math.floor((all.length - 1) / 5) * 5;
    const last = await anonymous.get('/api/public/items').query({ range: JSON.stringify([lastStart, lastStart + 4]) });
    expect(last.headers['content-range']).toBe(`items ${lastStart}-${all.length - 1}/${all.length}`);
    expect(last.body.map((r: { id: number }) => r.id)).toEqual(all.slice(lastStart).map((r) => r.id));
    expect((await anonymous.get('/api/public/items').query({ range: '[0,100]' })).status).toBe(400);
  });

  it('an unknown or malformed filter is a 400 naming the field', async () => {
    const res = await anonymous.get('/api/public/results').query({ filter: JSON.stringify({ inspectorIds: 1 }) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ inspectorIds: '未知的筛选字段' });
    expect((await anonymous.get('/api/public/results').query({ filter: JSON.stringify({ year: 'abc' }) })).body.errors).toEqual({ year: '筛选值不合法' });
    expect((await anonymous.get('/api/public/plans/abc')).status).toBe(404);
  });

  it('answers carry an ETag; If-None-Match gets 304 without a body, until the data changes', async () => {
    const first = await anonymous.get('/api/public/results');
    expect(first.headers.etag).toBeTruthy();
    const again = await anonymous.get('/api/public/results').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const record = await anonymous.get(`/api/public/draws/${drawOf('SN-2026-003')}`);
    expect((await anonymous.get(`/api/public/draws/${drawOf('SN-2026-003')}`).set('If-None-Match', record.headers.etag)).status).toBe(304);
    // A newly published result changes the list, and so its ETag.
    const [confirmed] = await t.db.query<{ id: number }>(`SELECT id FROM results WHERE status = 'confirmed' AND "unitId" = 2 ORDER BY id LIMIT 1`);
    expect((await shinanChief.post(`/api/results/${confirmed.id}/publish`).send({})).status).toBe(200);
    const changed = await anonymous.get('/api/public/results').set('If-None-Match', first.headers.etag);
    expect(changed.status).toBe(200);
    expect(changed.body.map((r: { id: number }) => r.id)).toContain(confirmed.id);
  });

  it('each address has its allowance (429 past it), shared by every public endpoint', async () => {
    const limited = await startTestApp({ publicApi: { perAddress: { windowMs: 60_000, limit: 3 } } });
    try {
      const a = request(limited.app);
      expect((await a.get('/api/public/results')).status).toBe(200);
      expect((await a.get('/api/public/items')).status).toBe(200);
      expect((await a.get('/api/public/commitments/SN-2026-003')).status).toBe(200);
      const refused = await a.get('/api/public/draws');
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({ message: '访问过于频繁，请稍后再试', code: 'rate_limited' });
      // Signing in is limited separately.
      expect((await a.post('/api/auth/login').send({ username: 'admin', password: 'Demo#2026' })).status).toBe(200);
      limited.clock.advance(61_000);
      expect((await a.get('/api/public/draws')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { entityInput, newUscc } from '../support/library.js';

/**
 * The active library per unit and line (migration 15), which the dashboard's §8.3 planned figure reads instead of
 * counting the whole library: after every kind of write the entities get — a new record, a status change, a change of
 * lines or district, an import that creates and updates, an import refused half-way, a delete — it equals the count
 * made from the rows themselves.
 */
let t: TestApp;
type Agent = Awaited<ReturnType<TestApp['login']>>;
let cityOfficer: Agent;
beforeAll(async () => {
  t = await startTestApp();
  cityOfficer = await t.login('city.officer');
});
afterAll(() => t.close());

const kept = async () =>
  (await t.db.query<{ unitId: number; lineId: number; n: number }>(`SELECT "unitId", "lineId", n FROM entity_line_counts WHERE n <> 0 ORDER BY 1, 2`)).map(
    (r) => `${r.unitId}:${r.lineId}=${r.n}`,
  );
const counted = async () =>
  (
    await t.db.query<{ unitId: number; lineId: number; n: number }>(
      `SELECT e."unitId", x.l AS "lineId", count(*)::int AS n FROM entities e, LATERAL (SELECT DISTINCT l FROM unnest(e."lineIds") l) x
        WHERE e.status = 'active' GROUP BY 1, 2 ORDER BY 1, 2`,
    )
  ).map((r) => `${r.unitId}:${r.lineId}=${r.n}`);
const expectKept = async () => expect(await kept()).toEqual(await counted());
const entity = entityInput;
const size = async (unitId: number, lineId: number) =>
  (await t.db.query<{ n: number }>(`SELECT coalesce(sum(n), 0)::int AS n FROM entity_line_counts WHERE "unitId" = $1 AND "lineId" = $2`, [unitId, lineId]))[0]
    .n;

describe('the active library per unit and line', () => {
  it('starts equal to the demo library', async () => {
    expect((await kept()).length).toBeGreaterThan(0);
    await expectKept();
  });

  it('follows creates, status changes, line changes and district moves', async () => {
    const before = await size(2, 2);
    const created = await cityOfficer.post('/api/entities').send(entity({ lineIds: [1, 2, 2] }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(await size(2, 2)).toBe(before + 1);
    await expectKept();
    const id = created.body.id as number;
    const put = (body: Record<string, unknown>) => cityOfficer.put(`/api/entities/${id}`).send({ changedOn: '2026-03-02', ...body });
    expect((await put({ status: 'cancelled' })).status).toBe(200);
    expect(await size(2, 2)).toBe(before);
    await expectKept();
    expect((await put({ status: 'active' })).status).toBe(200);
    await expectKept();
    expect((await put({ lineIds: [3] })).status).toBe(200);
    expect(await size(2, 2)).toBe(before);
    await expectKept();
    expect((await put({ district: '370212', address: '青岛市崂山区松岭路1号' })).status).toBe(200);
    await expectKept();
    expect((await put({ name: '青岛计数测试改名有限公司' })).status).toBe(200);
    await expectKept();
  });

  it('follows an import that creates and updates, and is untouched by one that is refused', async () => {
    const HEADER = '统一社会信用代码,名称,类型,所在区（市）,地址,法定代表人,业务条线,状态,变动日期';
    const row = (uscc: string, status = '存续') => `${uscc},青岛计数导入有限公司,企业,市南区,青岛市市南区山东路1号,张三,劳动保障监察,${status},2026-02-27`;
    const codes = Array.from({ length: 50 }, () => newUscc());
    const first = await cityOfficer
      .post('/api/entities/import')
      .set('Content-Type', 'text/csv')
      .send([HEADER, ...codes.map((c) => row(c))].join('\n'));
    expect(first.body).toMatchObject({ created: 50 });
    await expectKept();
    const second = await cityOfficer
      .post('/api/entities/import')
      .set('Content-Type', 'text/csv')
      .send([HEADER, ...codes.slice(0, 20).map((c) => row(c, '注销'))].join('\n'));
    expect(second.body).toMatchObject({ updated: 20 });
    await expectKept();
    const before = await kept();
    const refused = await cityOfficer
      .post('/api/entities/import')
      .set('Content-Type', 'text/csv')
      .send([HEADER, row(newUscc()), row('91370202MA3C0000X1')].join('\n'));
    expect(refused.status).toBe(400);
    expect(await kept()).toEqual(before);
  });

  it('follows a delete', async () => {
    await t.db.query(`DELETE FROM entities WHERE id = (SELECT max(id) FROM entities WHERE status = 'active')`);
    await expectKept();
  });
});

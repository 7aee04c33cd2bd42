import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { COUNT_STEP, SEARCH_COUNT_STEP, countLimit } from '../../api/store/store.js';

let t: TestApp;
const EXTRA = COUNT_STEP + 50;
let district = 0; // 市南区's entities before the generated ones
beforeAll(async () => {
  t = await startTestApp();
  [{ n: district }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM entities WHERE district = '370202'`);
  // 10,050 entities named 计数… in 市南区, made in SQL (fast), beside the demo data.
  await t.db.query(
    `INSERT INTO entities (uscc, name, type, district, "unitId", address, "lineIds", status, "changedOn", "recordedOn", overdue, "createdAt", "updatedAt")
     SELECT '91370202' || lpad(i::text, 9, '0') || 'Y', '计数测试' || i || '有限公司', 'enterprise', '370202', u.id, NULL, '{1}', 'active', '2026-01-05', '2026-01-06', false, now(), now()
       FROM generate_series(1, $1::int) AS i, units u WHERE u.code = '370202'`,
    [EXTRA],
  );
});
afterAll(() => t.close());

const total = (res: { headers: Record<string, string> }) => Number(res.headers['content-range'].split('/')[1]);
const list = async (filter: object, range: [number, number]) =>
  (await t.login('admin')).get('/api/entities').query({ filter: JSON.stringify(filter), range: JSON.stringify(range) });

describe('list totals at scale (issue 13): exact up to a limit past the page, then a lower bound that says so', () => {
  it('counts to the next multiple of the step past the page: 10,000 for a filter, 1,000 for a search', () => {
    expect(countLimit(24)).toBe(10_000);
    expect(countLimit(9_998)).toBe(10_000);
    expect(countLimit(9_999)).toBe(20_000);
    expect(countLimit(24, SEARCH_COUNT_STEP)).toBe(1_000);
    expect(countLimit(999, SEARCH_COUNT_STEP)).toBe(2_000);
  });

  it('a filter over 10,000+ rows: "at least 10,000", marked; paging on counts further; the last page is exact', async () => {
    const first = await list({ district: '370202' }, [0, 24]);
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(25);
    expect(total(first)).toBe(COUNT_STEP);
    expect(first.headers['x-total-lower-bound']).toBe('true');
    const all = EXTRA + district;
    const near = await list({ district: '370202' }, [9975, 9999]);
    expect(total(near)).toBe(all);
    expect(near.headers['x-total-lower-bound']).toBeUndefined();
    const last = await list({ district: '370202' }, [all - 25, all - 1]);
    expect(last.body).toHaveLength(25);
    expect(last.headers['content-range']).toBe(`entities ${all - 25}-${all - 1}/${all}`);
  });

  it('a search counts in steps of 1,000: "at least 1,000", then 2,000 near it, and the last page has the exact total', async () => {
    const first = await list({ q: '计数测试' }, [0, 24]);
    expect(first.body).toHaveLength(25);
    expect(total(first)).toBe(SEARCH_COUNT_STEP);
    expect(first.headers['x-total-lower-bound']).toBe('true');
    const near = await list({ q: '计数测试' }, [975, 999]);
    expect(near.body).toHaveLength(25);
    expect(total(near)).toBe(2 * SEARCH_COUNT_STEP);
    expect(near.headers['x-total-lower-bound']).toBe('true');
    const last = await list({ q: '计数测试' }, [EXTRA - 25, EXTRA - 1]);
    expect(last.body).toHaveLength(25);
    expect(last.headers['content-range']).toBe(`entities ${EXTRA - 25}-${EXTRA - 1}/${EXTRA}`);
    expect(last.headers['x-total-lower-bound']).toBeUndefined();
  });

  it('keeps exact totals (and no mark) below the limit, as on every demo list', async () => {
    const res = await list({ q: '计数测试1000' }, [0, 24]);
    expect(total(res)).toBe(11); // 计数测试1000 and 计数测试10000 to 10009
    expect(res.headers['x-total-lower-bound']).toBeUndefined();
    const scoped = await (await t.login('city.officer')).get('/api/entities').query({ filter: JSON.stringify({ district: '370203' }), range: '[0,24]' });
    expect(total(scoped)).toBeLessThan(COUNT_STEP);
    expect(scoped.headers['x-total-lower-bound']).toBeUndefined();
  });
});

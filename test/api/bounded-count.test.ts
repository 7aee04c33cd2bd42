import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { COUNT_STEP, countLimit } from '../../api/store/store.js';

let t: TestApp;
const EXTRA = COUNT_STEP + 50;
beforeAll(async () => {
  t = await startTestApp();
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

describe('list totals at scale (issue 13): exact up to a limit past the page, then a lower bound that says so', () => {
  it('counts to the next multiple of 10,000 past the page', () => {
    expect(countLimit(24)).toBe(10_000);
    expect(countLimit(9_998)).toBe(10_000);
    expect(countLimit(9_999)).toBe(20_000);
  });

  it('answers the first page of 10,050 matches with "at least 10,000", marked as a lower bound', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/entities').query({ filter: JSON.stringify({ q: '计数测试' }), range: '[0,24]' });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(25);
    expect(total(res)).toBe(10_000);
    expect(res.headers['x-total-lower-bound']).toBe('true');
  });

  it('pages on to the end: near the bound it counts further, and the last page has the exact total', async () => {
    const admin = await t.login('admin');
    const near = await admin.get('/api/entities').query({ filter: JSON.stringify({ q: '计数测试' }), range: '[9975,9999]' });
    expect(near.body).toHaveLength(25);
    expect(total(near)).toBe(EXTRA);
    expect(near.headers['x-total-lower-bound']).toBeUndefined();
    const last = await admin.get('/api/entities').query({ filter: JSON.stringify({ q: '计数测试' }), range: `[${EXTRA - 25},${EXTRA - 1}]` });
    expect(last.body).toHaveLength(25);
    expect(last.headers['content-range']).toBe(`entities ${EXTRA - 25}-${EXTRA - 1}/${EXTRA}`);
  });

  it('keeps exact totals (and no mark) below the limit, as on every demo list', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/entities').query({ filter: JSON.stringify({ q: '计数测试1000' }), range: '[0,24]' });
    expect(total(res)).toBe(11); // 计数测试1000 and 计数测试10000 to 10009
    expect(res.headers['x-total-lower-bound']).toBeUndefined();
    const scoped = await (await t.login('city.officer')).get('/api/entities').query({ filter: JSON.stringify({ district: '370203' }), range: '[0,24]' });
    expect(total(scoped)).toBeLessThan(COUNT_STEP);
    expect(scoped.headers['x-total-lower-bound']).toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataProvider, totalIsLowerBound } from '../../admin/providers/dataProvider.js';

/** A stand-in for the API: `total` records with ids 1..total, answering simple-rest's range like the real router. */
function fakeApi(total: number) {
  const urls: URL[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input, 'http://admin.test');
    urls.push(url);
    const filter = JSON.parse(url.searchParams.get('filter') ?? '{}');
    const ids: number[] = filter.id ?? Array.from({ length: total }, (_, i) => i + 1);
    const [start, end] = JSON.parse(url.searchParams.get('range') ?? `[0,${Math.min(ids.length, 100) - 1}]`);
    if (end - start + 1 > 100) return new Response(JSON.stringify({ message: 'too big', code: 'invalid' }), { status: 400 });
    const rows = ids.slice(start, end + 1).map((id) => ({ id }));
    return new Response(JSON.stringify(rows), {
      headers: { 'Content-Type': 'application/json', 'Content-Range': `x ${start}-${start + rows.length - 1}/${ids.length}` },
    });
  });
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe('dataProvider within the API’s page limit of 100', () => {
  it('fetches an export of 1,000 as pages of 100 and stops at the end of the data', async () => {
    const urls = fakeApi(250);
    const { data, total } = await dataProvider.getList('units', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(total).toBe(250);
    expect(data.map((r) => r.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(urls.map((u) => u.searchParams.get('range'))).toEqual(['[0,99]', '[100,199]', '[200,299]']);
  });

  it('passes an ordinary page straight through', async () => {
    const urls = fakeApi(250);
    const { data } = await dataProvider.getList('units', { pagination: { page: 2, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(data[0].id).toBe(26);
    expect(urls).toHaveLength(1);
  });

  it('passes the API’s lower-bound mark on as meta.totalIsLowerBound (shown as “10,000+”), and only when sent', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify([{ id: 1 }]), {
          headers: { 'Content-Type': 'application/json', 'Content-Range': 'entities 0-0/10000', 'X-Total-Lower-Bound': 'true' },
        }),
    );
    const bounded = await dataProvider.getList('entities', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(bounded).toMatchObject({ total: 10_000, meta: { totalIsLowerBound: true } });
    expect(totalIsLowerBound(bounded.meta)).toBe(true);
    fakeApi(3);
    const exact = await dataProvider.getList('entities', { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(exact.total).toBe(3);
    expect(totalIsLowerBound(exact.meta)).toBe(false);
  });

  it('asks getMany for at most 100 ids at a time', async () => {
    const urls = fakeApi(0);
    const ids = Array.from({ length: 230 }, (_, i) => i + 1);
    const { data } = await dataProvider.getMany('units', { ids });
    expect(data.map((r) => r.id)).toEqual(ids);
    expect(urls.map((u) => JSON.parse(u.searchParams.get('filter')!).id.length)).toEqual([100, 100, 30]);
  });
});

describe('dataProvider errors', () => {
  const answer = (status: number, body: object) =>
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

  it('turns a stale version into a translated message', async () => {
    answer(409, { message: '记录已被他人修改，请刷新后重试', code: 'stale_version' });
    await expect(dataProvider.update('lines', { id: 1, data: { name: 'x' }, previousData: { id: 1 } })).rejects.toMatchObject({
      message: 'qd.errors.stale_version',
      status: 409,
    });
  });

  it('keeps field errors in the body, where react-admin puts them under the inputs', async () => {
    answer(400, { message: '字段 code：应为 6 位行政区划代码', code: 'invalid', errors: { code: '应为 6 位行政区划代码' } });
    await expect(dataProvider.create('units', { data: { code: '1' } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { code: '应为 6 位行政区划代码' } },
    });
  });
});

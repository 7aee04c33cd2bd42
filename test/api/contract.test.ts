import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { DataProvider } from 'ra-core';
import { startTestApp, type TestApp } from '../support/app.js';
import { listen, raClient } from '../support/http.js';

let t: TestApp;
let server: Awaited<ReturnType<typeof listen>>;
let ra: DataProvider;
beforeAll(async () => {
  t = await startTestApp();
  server = await listen(t);
  ra = await raClient(server.url, 'admin');
});
afterAll(async () => {
  await server.close();
  await t.close();
});

const SHINAN = 2;

describe('ra-data-simple-rest contract, with the admin’s own data provider as client', () => {
  it('getList pages, sorts, filters, searches with q and reports the total', async () => {
    const res = await ra.getList('departments', {
      pagination: { page: 1, perPage: 3 },
      sort: { field: 'name', order: 'DESC' },
      filter: { unitId: SHINAN, q: '科' },
    });
    expect(res.total).toBe(5);
    expect(res.data).toHaveLength(3);
    expect(res.data.every((d) => d.unitId === SHINAN && d.name.includes('科'))).toBe(true);
    const names = res.data.map((d) => d.name);
    expect([...names].sort().reverse()).toEqual(names);
    const page2 = await ra.getList('departments', {
      pagination: { page: 2, perPage: 3 },
      sort: { field: 'name', order: 'DESC' },
      filter: { unitId: SHINAN, q: '科' },
    });
    expect(page2.data).toHaveLength(2);
    expect(page2.data.map((d) => d.id)).not.toContain(res.data[0].id);
  });

  it('getList understands _gte/_lte/_neq suffixes and id arrays', async () => {
    const range = await ra.getList('units', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
      filter: { id_gte: 3, id_lte: 5, level_neq: 'city' },
    });
    expect(range.data.map((u) => u.id)).toEqual([3, 4, 5]);
    const any = await ra.getList('units', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
      filter: { code: ['370202', '370212'] },
    });
    expect(any.data.map((u) => u.name)).toEqual(['市南区人力资源和社会保障局', '崂山区人力资源和社会保障局']);
  });

  it('getOne, getMany and getManyReference', async () => {
    const one = await ra.getOne('units', { id: 1 });
    expect(one.data).toMatchObject({ id: 1, code: '370200', level: 'city', version: 1 });
    const many = await ra.getMany('units', { ids: [2, 4, 9] });
    expect(many.data.map((u) => u.id).sort()).toEqual([2, 4, 9]);
    const refs = await ra.getManyReference('departments', {
      target: 'unitId',
      id: SHINAN,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(refs.total).toBe(6);
    expect(refs.data.every((d) => d.unitId === SHINAN)).toBe(true);
  });

  it('create, update, updateMany, delete and deleteMany, with bookkeeping fields kept by the server', async () => {
    const { data: created } = await ra.create('lines', { data: { name: '工伤保险', code: 'work_injury' } });
    expect(created).toMatchObject({ name: '工伤保险', version: 1, createdBy: 1, updatedBy: 1 });
    expect(created.createdAt).toBe(t.clock.now().toISOString());
    const { data: updated } = await ra.update('lines', { id: created.id, data: { ...created, name: '工伤保险监督' }, previousData: created });
    expect(updated).toMatchObject({ name: '工伤保险监督', version: 2 });
    const second = await ra.create('lines', { data: { name: '人才开发', code: 'talent' } });
    const ids = await ra.updateMany('lines', { ids: [created.id, second.data.id], data: { name: '合并条线' } });
    expect((ids.data ?? []).map(Number).sort()).toEqual([created.id, second.data.id].sort());
    expect((await ra.getMany('lines', { ids: [created.id, second.data.id] })).data.map((l) => l.name)).toEqual(['合并条线', '合并条线']);
    const { data: deleted } = await ra.delete('lines', { id: created.id, previousData: updated });
    expect(deleted).toMatchObject({ id: created.id, name: '合并条线' });
    await ra.deleteMany('lines', { ids: [second.data.id] });
    await expect(ra.getOne('lines', { id: created.id })).rejects.toMatchObject({ status: 404 });
  });

  it('never reuses an id after a delete', async () => {
    const a = await ra.create('lines', { data: { name: '临时一', code: 'tmp_one' } });
    await ra.delete('lines', { id: a.data.id });
    const b = await ra.create('lines', { data: { name: '临时二', code: 'tmp_two' } });
    expect(b.data.id).toBeGreaterThan(a.data.id);
  });

  it('a stale version is a 409 and changes nothing', async () => {
    const { data: unit } = await ra.getOne('units', { id: 3 });
    await ra.update('units', { id: 3, data: { ...unit, name: '市北区人社局' }, previousData: unit });
    await expect(ra.update('units', { id: 3, data: { ...unit, name: '覆盖' }, previousData: unit })).rejects.toMatchObject({
      status: 409,
      body: { code: 'stale_version' },
    });
    expect((await ra.getOne('units', { id: 3 })).data.name).toBe('市北区人社局');
  });

  it('validation errors are 400 with a message per field, and nothing is stored', async () => {
    const before = (await ra.getList('units', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).total;
    await expect(ra.create('units', { data: { name: '', code: '12', level: 'town' } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { name: expect.any(String), code: expect.any(String), level: expect.any(String) } },
    });
    await expect(ra.create('units', { data: { name: '某局', code: '370299', level: 'district', color: 'red' } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { color: '未知字段' } },
    });
    await expect(ra.create('units', { data: { name: '重复', code: '370202', level: 'district' } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { code: expect.any(String) } },
    });
    await expect(ra.create('departments', { data: { name: '某科', unitId: 9999, lineId: 1 } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { unitId: expect.any(String) } },
    });
    expect((await ra.getList('units', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).total).toBe(before);
  });

  it('deleting a record others refer to is a 409 and keeps it', async () => {
    await expect(ra.delete('units', { id: SHINAN })).rejects.toMatchObject({ status: 409 });
    expect((await ra.getOne('units', { id: SHINAN })).data.id).toBe(SHINAN);
  });
});

describe('what the API refuses', () => {
  let admin: Awaited<ReturnType<TestApp['login']>>;
  beforeAll(async () => {
    admin = await t.login('admin');
  });
  const list = (query: Record<string, string>) => admin.get('/api/units').query(query);

  it.each([
    [{ filter: '{"colour":"red"}' }, 'colour'],
    [{ filter: '{"id":"abc"}' }, 'id'],
    [{ filter: '{"createdAt_gte":"yesterday"}' }, 'createdAt_gte'],
    [{ sort: '["password","ASC"]' }, 'sort'],
    [{ filter: '{"toString":1}' }, 'toString'],
    [{ filter: '{"constructor_gte":1}' }, 'constructor_gte'],
    [{ sort: '["constructor","ASC"]' }, 'sort'],
  ])('unknown or malformed filter/sort %j → 400 naming %s', async (query, field) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(field);
  });

  it('pages larger than 100 and bad ranges → 400', async () => {
    expect((await list({ range: '[0,100]' })).status).toBe(400);
    expect((await list({ range: '[5,1]' })).status).toBe(400);
    expect((await list({ range: 'nope' })).status).toBe(400);
    expect((await list({ range: '[0,99]' })).status).toBe(200);
  });

  it('q is matched literally (no wildcards or patterns from user text)', async () => {
    const res = await list({ filter: JSON.stringify({ q: '%' }) });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(0);
  });

  it('a body over 1 MB → 413 JSON, non-JSON bodies → 415, broken JSON → 400', async () => {
    const big = await admin
      .post('/api/lines')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(1_100_000), code: 'big' }));
    expect(big.status).toBe(413);
    expect(big.body.message).toBeTruthy();
    const form = await admin.post('/api/lines').set('Content-Type', 'application/x-www-form-urlencoded').send('name=a&code=b');
    expect(form.status).toBe(415);
    const broken = await admin.post('/api/lines').set('Content-Type', 'application/json').send('{"name":');
    expect(broken.status).toBe(400);
  });

  it('no json-server leftovers: no /api/db, no method override, no CORS', async () => {
    expect((await admin.get('/api/db')).status).toBe(404);
    const override = await admin.post('/api/units/2').set('X-HTTP-Method-Override', 'DELETE').send({});
    expect(override.status).toBe(404);
    expect((await admin.get('/api/units/2')).status).toBe(200);
    const cors = await admin.get('/api/units').set('Origin', 'https://evil.example');
    expect(cors.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(t.app).options('/api/units').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'DELETE');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends security headers and never a stack trace', async () => {
    const res = await request(t.app).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeTruthy();
    expect(res.headers['x-powered-by']).toBeUndefined();
    const bad = await admin.get('/api/units/1').query({ filter: '{' });
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts:\d+/);
    const missing = await admin.get('/api/units/abc');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: expect.any(String), code: 'not_found' });
  });

  it('text with a NUL character is a 400, at login too; a malformed X-Audit-Reason is a 400', async () => {
    expect((await request(t.app).post('/api/auth/login').send({ username: 'ab\u0000c', password: 'x' })).status).toBe(400);
    expect((await list({ filter: JSON.stringify({ q: 'a\u0000' }) })).status).toBe(400);
    expect((await admin.post('/api/lines').send({ name: '空\u0000字符', code: 'nul_test' })).status).toBe(400);
    expect((await admin.put('/api/units/2').set('X-Audit-Reason', '%E0%A4%A').send({ name: '市南区人社局' })).status).toBe(400);
  });

  it('a mutation that declares any type but JSON is refused, even with an empty body (no form posts)', async () => {
    const res = await admin.post('/api/items/publish').set('Content-Type', 'application/x-www-form-urlencoded').set('Content-Length', '0');
    expect(res.status).toBe(415);
  });

  it('anonymous requests get 401', async () => {
    expect((await request(t.app).get('/api/units')).status).toBe(401);
    expect((await request(t.app).post('/api/units').send({})).status).toBe(401);
  });
});

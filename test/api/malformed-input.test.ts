import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { DEMO_PASSWORD, startTestApp, type Agent, type TestApp } from '../support/app.js';
import { listen } from '../support/http.js';

// Malformed requests of every kind get a 4xx JSON answer and one quiet log line; nothing is stored.
let t: TestApp;
let admin: Agent;
let server: Awaited<ReturnType<typeof listen>>;
let cookie: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  server = await listen(t);
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  cookie = res.headers.get('set-cookie')!.split(';')[0];
});
afterAll(async () => {
  await server.close();
  await t.close();
});

const linesCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM lines'))[0].n;

/** A POST with exactly these headers and body bytes (real HTTP: supertest re-encodes buffers), as admin unless told. */
async function postRaw(path: string, body: Buffer | string, headers: Record<string, string>, as = cookie) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { ...headers, Cookie: as },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type')?.split(';')[0], body: JSON.parse(text) } as request.Response;
}
const postLine = (body: Buffer | string, headers: Record<string, string>) => postRaw('/api/lines', body, headers);

function expectClientError(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.type).toBe('application/json');
  expect(typeof res.body.message).toBe('string');
  expect(JSON.stringify(res.body)).not.toMatch(/\bat .*\(|node_modules|Error:/);
}

describe('no input gives a 5xx', () => {
  it('a body in an unsupported charset is 415', async () => {
    const before = await linesCount();
    const res = await postLine(Buffer.from('{"name":"条线","code":"latin"}', 'latin1'), { 'Content-Type': 'application/json; charset=koi8-r' });
    expectClientError(res, 415);
    expect(await linesCount()).toBe(before);
  });

  it('an unsupported content encoding is 415, a compressed body that does not decompress is 400, a good one is read', async () => {
    const json = { 'Content-Type': 'application/json' };
    expectClientError(await postLine('{"name":"x","code":"x_y"}', { ...json, 'Content-Encoding': 'x-compress-9' }), 415);
    expectClientError(await postLine(Buffer.from('definitely not gzip'), { ...json, 'Content-Encoding': 'gzip' }), 400);
    const truncated = zlib.gzipSync(JSON.stringify({ name: '截断', code: 'cut_body' })).subarray(0, 12);
    expectClientError(await postLine(truncated, { ...json, 'Content-Encoding': 'gzip' }), 400);
    expectClientError(await postLine(Buffer.from('garbage'), { ...json, 'Content-Encoding': 'br' }), 400);
    const good = await postLine(zlib.gzipSync(JSON.stringify({ name: '压缩条线', code: 'gzip_ok' })), { ...json, 'Content-Encoding': 'gzip' });
    expect(good.body).toMatchObject({ code: 'gzip_ok' });
    expect(good.status).toBe(201);
  });

  it('an import file in another charset is refused (415 declared, 400 detected), not stored as U+FFFD', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'city.officer', password: DEMO_PASSWORD }),
    });
    const officer = login.headers.get('set-cookie')!.split(';')[0];
    const entities = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM entities'))[0].n;
    const before = await entities();
    // "名称" in GBK, as a Chinese Excel saves "CSV (逗号分隔)".
    const gbk = Buffer.concat([Buffer.from([0xc3, 0xfb, 0xb3, 0xc6]), Buffer.from(',x\n1,2\n')]);
    expectClientError(await postRaw('/api/entities/import', gbk, { 'Content-Type': 'text/csv' }, officer), 400);
    expectClientError(await postRaw('/api/entities/import', gbk, { 'Content-Type': 'text/csv; charset=gbk' }, officer), 415);
    expect(await entities()).toBe(before);
  });

  it('malformed percent-encoding in a path is 400', async () => {
    expectClientError(await admin.get('/api/lines/%E0%A4%A'), 400);
    expectClientError(await admin.put('/api/lines/%ZZ').send({ name: 'x' }), 400);
    expectClientError(await admin.post('/api/tasks/%C0%AF/draw').send({}), 400);
    expectClientError(await admin.get('/api/lines?filter=%E0%A4%A'), 400);
  });

  it('values the database rejects (SQLSTATE class 22) are 400: a time filter beyond year 9999, a number out of range', async () => {
    const yearTenThousand = await admin.get('/api/lines').query({ filter: JSON.stringify({ updatedAt_gte: '+010000-01-01T00:00:00Z' }) });
    expectClientError(yearTenThousand, 400);
    expectClientError(await admin.get('/api/lines').query({ filter: JSON.stringify({ id_gte: 2 ** 40 }) }), 400);
    expectClientError(await admin.get('/api/entities').query({ filter: JSON.stringify({ id: [1, 2 ** 50] }) }), 400);
    expectClientError(await admin.get('/api/tasks').query({ filter: JSON.stringify({ deadline_gte: '10000-01-01' }) }), 400);
  });

  it('lone UTF-16 surrogates are refused in any text field, never stored as U+FFFD', async () => {
    const before = await linesCount();
    const body = admin.post('/api/lines').set('Content-Type', 'application/json').send('{"name":"条线\\ud800","code":"lone_high"}');
    const res = await body;
    expectClientError(res, 400);
    expect(res.body.errors).toHaveProperty('name');
    expect(await linesCount()).toBe(before);
    const low = await admin.post('/api/lines').set('Content-Type', 'application/json').send('{"name":"\\udc00条线","code":"lone_low"}');
    expectClientError(low, 400);
    // In a filter, where no body check names it, the store refuses it before it reaches the database.
    expectClientError(await admin.get('/api/entities').query({ filter: '{"q":"企业\\ud83d"}' }), 400);
    // A well-formed pair (an emoji) is text like any other.
    const emoji = await admin.post('/api/lines').send({ name: '条线😀', code: 'emoji_ok' });
    expect(emoji.status).toBe(201);
    expect(emoji.body.name).toBe('条线😀');
    const stored = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM lines WHERE name LIKE '%' || chr(65533) || '%'`);
    expect(stored[0].n).toBe(0);
  });

  it('a streaming export validates its filter before the first byte: a refused value is a plain 400, not a cut download', async () => {
    const res = await admin.get('/api/entities/export').query({ format: 'csv', filter: JSON.stringify({ updatedAt_lte: '+010000-01-01T00:00:00Z' }) });
    expectClientError(res, 400);
    const xlsx = await admin.get('/api/entities/export').query({ format: 'xlsx', filter: JSON.stringify({ id: [2 ** 40] }) });
    expectClientError(xlsx, 400);
  });

  it('logs each client mistake as one quiet line, without a stack trace', async () => {
    t.logs.client.length = 0;
    await postLine(Buffer.from('x'), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    await admin.get('/api/lines').query({ filter: JSON.stringify({ updatedAt_gte: '+010000-01-01T00:00:00Z' }) });
    expect(t.logs.client).toHaveLength(2);
    for (const line of t.logs.client) {
      expect(line).not.toMatch(/\n/);
      expect(line).not.toMatch(/\s+at\s/);
      expect(line).toMatch(/ 400 invalid: /);
    }
    expect(t.logs.server).toEqual([]);
  });
});

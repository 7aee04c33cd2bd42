import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startTestApp, DEMO_PASSWORD, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const MIN = 60_000;
const login = (username: string, password: string) => request(t.app).post('/api/auth/login').send({ username, password });
const cookieOf = (res: request.Response) => (res.headers['set-cookie'] as unknown as string[])[0];

describe('login', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and /me answers who and what rules', async () => {
    const res = await login('shinan.officer', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^qd_sid=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await request(t.app).get('/api/auth/me').set('Cookie', cookie.split(';')[0]);
    expect(me.body).toMatchObject({ username: 'shinan.officer', role: 'officer', unitId: 2, departmentId: expect.any(Number) });
    expect(me.body.rules).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'read', subject: 'Department', conditions: { unitId: 2 } })]));
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody', 'whatever1');
    const wrong = await login('shinan.chief', 'wrong-password1');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('issues a fresh session id at every login (no fixation)', async () => {
    const first = cookieOf(await login('city.lead', DEMO_PASSWORD)).split(';')[0];
    const second = await request(t.app).post('/api/auth/login').set('Cookie', first).send({ username: 'city.lead', password: DEMO_PASSWORD });
    expect(cookieOf(second).split(';')[0]).not.toBe(first);
    expect((await request(t.app).get('/api/auth/me').set('Cookie', first)).status).toBe(401);
  });

  it('locks an account for 15 minutes after 5 failed attempts, then lets it in', async () => {
    for (let i = 0; i < 5; i++) expect((await login('shinan.archivist', 'bad-guess' + i)).status).toBe(401);
    const locked = await login('shinan.archivist', DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('locked');
    t.clock.advance(14 * MIN);
    expect((await login('shinan.archivist', DEMO_PASSWORD)).status).toBe(429);
    t.clock.advance(2 * MIN);
    expect((await login('shinan.archivist', DEMO_PASSWORD)).status).toBe(200);
  });

  it('counts failures atomically: 20 parallel wrong passwords lock the account', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => login('city.officer', 'parallel-guess' + i)));
    expect((await login('city.officer', DEMO_PASSWORD)).status).toBe(429);
  });

  it('locks unknown usernames the same way, so lockout reveals no account', async () => {
    for (let i = 0; i < 5; i++) await login('ghost.user', 'bad-guess' + i);
    expect((await login('ghost.user', 'x')).body.code).toBe('locked');
  });

  it('limits login requests per client address (429), whatever the account', async () => {
    const limited = await startTestApp({ login: { maxFailures: 5, lockMs: 15 * MIN, perAddress: { windowMs: MIN, limit: 3 } } });
    const attempt = (u: string) => request(limited.app).post('/api/auth/login').send({ username: u, password: 'x' });
    for (const u of ['a.one', 'b.two', 'c.three']) expect((await attempt(u)).status).toBe(401);
    const fourth = await attempt('d.four');
    expect(fourth.status).toBe(429);
    expect(fourth.body.code).toBe('rate_limited');
    await limited.close();
  });

  it('refuses malformed login bodies with 400', async () => {
    const res = await request(t.app).post('/api/auth/login').send({ username: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('password');
  });
});

describe('sessions', () => {
  it('expire after 30 idle minutes', async () => {
    const agent = await t.login('city.chief');
    t.clock.advance(29 * MIN);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(29 * MIN);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(31 * MIN);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('expire 12 hours after login however active', async () => {
    const agent = await t.login('city.leader');
    for (let h = 0; h < 12 * 4 - 1; h++) {
      t.clock.advance(15 * MIN);
      expect((await agent.get('/api/auth/me')).status).toBe(200);
    }
    t.clock.advance(16 * MIN);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('end at logout', async () => {
    const agent = await t.login('city.archivist');
    expect((await agent.post('/api/auth/logout')).status).toBe(200);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('end at once when an admin disables the user, and the user cannot log in again', async () => {
    const inspector = await t.login('shinan.inspector');
    const admin = await t.login('admin');
    const [{ id, version }] = (await admin.get('/api/users').query({ filter: JSON.stringify({ username: 'shinan.inspector' }) })).body;
    expect((await admin.put(`/api/users/${id}`).send({ active: false, version })).status).toBe(200);
    expect((await inspector.get('/api/auth/me')).status).toBe(401);
    expect((await login('shinan.inspector', DEMO_PASSWORD)).status).toBe(401);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, enforces the rule, and ends the user’s other sessions', async () => {
    const here = await t.login('city.inspector');
    const elsewhere = await t.login('city.inspector');
    const wrong = await here.post('/api/auth/password').send({ currentPassword: 'nope', newPassword: 'Better#2027x' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toHaveProperty('currentPassword');
    const weak = await here.post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(weak.body.errors).toHaveProperty('newPassword');
    const ok = await here.post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'Better#2027x' });
    expect(ok.status).toBe(200);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await login('city.inspector', DEMO_PASSWORD)).status).toBe(401);
    expect((await login('city.inspector', 'Better#2027x')).status).toBe(200);
  });
});

describe('password hashes', () => {
  it('are scrypt and never leave the server', async () => {
    const [row] = await t.db.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM users WHERE username = 'admin'`);
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    const admin = await t.login('admin');
    const list = await admin.get('/api/users').query({ range: '[0,99]' });
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt|passwordHash/);
    const audit = await admin.get('/api/audit').query({ range: '[0,99]' });
    expect(JSON.stringify(audit.body)).not.toMatch(/scrypt\$/);
  });

  it('an admin may reset a password; the user’s sessions end', async () => {
    const user = await t.login('shinan.leader');
    const admin = await t.login('admin');
    const [{ id, version }] = (await admin.get('/api/users').query({ filter: JSON.stringify({ username: 'shinan.leader' }) })).body;
    expect((await admin.put(`/api/users/${id}`).send({ password: 'Reset#2026abc', version })).status).toBe(200);
    expect((await user.get('/api/auth/me')).status).toBe(401);
    expect((await login('shinan.leader', 'Reset#2026abc')).status).toBe(200);
  });
});

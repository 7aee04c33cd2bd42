import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../api/app.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const MIN = 60_000;
const login = (username: string, password: string) => request(t.app).post('/api/auth/login').send({ username, password });
const statuses = (responses: request.Response[]) => responses.map((r) => r.status).sort();
const countOf = (responses: request.Response[], status: number) => responses.filter((r) => r.status === status).length;

describe('lockouts hold under parallel attempts', () => {
  it('checks at most 5 of 30 wrong passwords arriving at once; the rest, and then the right password, are refused until the lock ends', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => login('shinan.chief', `burst-guess-${i}`)));
    expect(countOf(burst, 401)).toBe(5);
    expect(countOf(burst, 429)).toBe(25);
    for (const r of burst.filter((r) => r.status === 429)) expect(r.body.code).toBe('locked');
    expect((await login('shinan.chief', DEMO_PASSWORD)).status).toBe(429);
    t.clock.advance(14 * MIN);
    expect((await login('shinan.chief', DEMO_PASSWORD)).status).toBe(429);
    t.clock.advance(2 * MIN);
    expect((await login('shinan.chief', DEMO_PASSWORD)).status).toBe(200);
  });

  it('a burst with the right password among wrong ones checks at most 5 passwords in all', async () => {
    const attempts = Array.from({ length: 20 }, (_, i) => (i === 10 ? DEMO_PASSWORD : `mixed-guess-${i}`));
    const burst = await Promise.all(attempts.map((p) => login('shinan.lead', p)));
    expect(countOf(burst, 401) + countOf(burst, 200)).toBeLessThanOrEqual(5);
    expect(countOf(burst, 429)).toBeGreaterThanOrEqual(15);
    expect(statuses(burst).every((s) => [200, 401, 429].includes(s))).toBe(true);
  });

  it('a successful login does not wipe the window’s failures: 5 wrong in 15 minutes lock, with a right one between', async () => {
    for (let i = 0; i < 4; i++) expect((await login('city.archivist', `slow-guess-${i}`)).status).toBe(401);
    expect((await login('city.archivist', DEMO_PASSWORD)).status).toBe(200);
    expect((await login('city.archivist', 'slow-guess-4')).status).toBe(401);
    expect((await login('city.archivist', DEMO_PASSWORD)).status).toBe(429);
  });

  it('counts failures in a sliding 15 minutes: no fresh window lets more than 5 through in any 15 minutes', async () => {
    expect((await login('shinan.inspector', 'slide-guess-0')).status).toBe(401);
    t.clock.advance(14 * MIN);
    for (let i = 1; i <= 3; i++) expect((await login('shinan.inspector', `slide-guess-${i}`)).status).toBe(401);
    t.clock.advance(2 * MIN);
    // The first failure has left the window; the three of two minutes ago have not: two more make five, and lock.
    for (let i = 4; i <= 5; i++) expect((await login('shinan.inspector', `slide-guess-${i}`)).status).toBe(401);
    expect((await login('shinan.inspector', DEMO_PASSWORD)).status).toBe(429);
    t.clock.advance(15 * MIN + 1);
    expect((await login('shinan.inspector', DEMO_PASSWORD)).status).toBe(200);
  });

  it('failures older than the 15-minute window no longer count', async () => {
    for (let i = 0; i < 4; i++) expect((await login('city.leader', `old-guess-${i}`)).status).toBe(401);
    t.clock.advance(16 * MIN);
    for (let i = 0; i < 4; i++) expect((await login('city.leader', `new-guess-${i}`)).status).toBe(401);
    expect((await login('city.leader', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('changing one’s password under the lockout', () => {
  it('never confirms a correct current password unless the change succeeds', async () => {
    const agent = await t.login('shinan.officer');
    const right = await agent.post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    const wrong = await agent.post('/api/auth/password').send({ currentPassword: 'not-my-password', newPassword: 'short' });
    expect(right.status).toBe(400);
    expect(right.body).toEqual(wrong.body);
    expect(Object.keys(right.body.errors)).toEqual(['newPassword']);
    // "Same as the current one" compares the two fields sent, not the stored password: it tells nothing either.
    const same = await agent.post('/api/auth/password').send({ currentPassword: 'Better#2027abc', newPassword: 'Better#2027abc' });
    expect(same.status).toBe(400);
    expect(Object.keys(same.body.errors)).toEqual(['newPassword']);
  });

  it('counts wrong current passwords like wrong logins: a parallel burst checks at most 5, then even the right one is refused', async () => {
    const agent = await t.login('shinan.archivist');
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => agent.post('/api/auth/password').send({ currentPassword: `guess-${i}`, newPassword: 'Better#2027abc' })),
    );
    expect(countOf(burst, 400)).toBe(5);
    for (const r of burst.filter((r) => r.status === 400)) expect(Object.keys(r.body.errors)).toEqual(['currentPassword']);
    expect(countOf(burst, 429)).toBe(7);
    const right = await agent.post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'Better#2027abc' });
    expect(right.status).toBe(429);
    expect((await login('shinan.archivist', DEMO_PASSWORD)).status).toBe(429);
    t.clock.advance(16 * MIN);
    const later = await t.login('shinan.archivist');
    expect((await later.post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'Better#2027abc' })).status).toBe(200);
  });
});

describe('per-address login limits', () => {
  it('are counted in the database: two app instances on one database share one allowance', async () => {
    const policy = { maxFailures: 5, lockMs: 15 * MIN, perAddress: { windowMs: MIN, limit: 4 } };
    const shared = await startTestApp({ login: policy });
    const second = createApp({ store: shared.store, login: policy, log: { clientError: () => {}, serverError: (l, e) => console.error(l, e) } });
    const attempt = (app: typeof second, u: string) => request(app).post('/api/auth/login').send({ username: u, password: 'x' });
    expect((await attempt(shared.app, 'addr.one')).status).toBe(401);
    expect((await attempt(second, 'addr.two')).status).toBe(401);
    expect((await attempt(shared.app, 'addr.three')).status).toBe(401);
    expect((await attempt(second, 'addr.four')).status).toBe(401);
    const fifth = await attempt(shared.app, 'addr.five');
    expect(fifth.status).toBe(429);
    expect(fifth.body.code).toBe('rate_limited');
    expect((await attempt(second, 'addr.six')).status).toBe(429);
    shared.clock.advance(MIN + 1);
    expect((await attempt(second, 'addr.seven')).status).toBe(401);
    await shared.close();
  });
});

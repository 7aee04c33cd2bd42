import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('state-changing requests from other sites are refused', () => {
  it('refuses a non-GET request whose Origin is another origin, or whose Sec-Fetch-Site is cross-site or same-site', async () => {
    const login = () => request(t.app).post('/api/auth/login').send({ username: 'city.lead', password: DEMO_PASSWORD });
    for (const [header, value] of [
      ['Origin', 'https://evil.example'],
      ['Origin', 'http://127.0.0.1:1'],
      ['Origin', 'null'],
      ['Sec-Fetch-Site', 'cross-site'],
      ['Sec-Fetch-Site', 'same-site'],
    ]) {
      const res = await login().set(header, value);
      expect(res.status, `${header}: ${value}`).toBe(403);
      expect(res.body.code).toBe('cross_site');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('lets through requests from the same origin, and requests with neither header (scripts, curl, other servers)', async () => {
    const login = () => request(t.app).post('/api/auth/login').set('Host', 'qd.example:8443').send({ username: 'city.lead', password: DEMO_PASSWORD });
    expect((await login()).status).toBe(200);
    expect((await login().set('Origin', 'http://qd.example:8443').set('Sec-Fetch-Site', 'same-origin')).status).toBe(200);
    expect((await login().set('Sec-Fetch-Site', 'none')).status).toBe(200);
  });

  it('refuses bodyless action POSTs and DELETEs from another site, and leaves their target untouched', async () => {
    const agent = await t.login('admin');
    const logout = await agent.post('/api/auth/logout').set('Sec-Fetch-Site', 'cross-site');
    expect(logout.status).toBe(403);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    const created = await agent.post('/api/lines').send({ name: '跨站测试', code: 'cross_site' });
    const del = await agent.delete(`/api/lines/${created.body.id}`).set('Origin', 'https://evil.example');
    expect(del.status).toBe(403);
    expect((await agent.get(`/api/lines/${created.body.id}`)).status).toBe(200);
    const publish = await agent.post('/api/items/publish').set('Origin', 'https://evil.example');
    expect(publish.status).toBe(403);
  });

  it('still answers cross-site GETs (reads change nothing; SameSite=Strict keeps the cookie off them)', async () => {
    expect((await request(t.app).get('/api/health').set('Sec-Fetch-Site', 'cross-site').set('Origin', 'https://evil.example')).status).toBe(200);
  });
});

describe('HTTPS-only headers', () => {
  const hsts = (res: request.Response) => res.headers['strict-transport-security'];
  const upgrades = (res: request.Response) => /upgrade-insecure-requests/.test(res.headers['content-security-policy'] ?? '');

  it('are not sent by the embedded default on plain http', async () => {
    const res = await request(t.app).get('/api/health');
    expect(hsts(res)).toBeUndefined();
    expect(upgrades(res)).toBe(false);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it("let scripts compile WebAssembly (the draw verifier's SHA-256) but never eval JavaScript, over http and https", async () => {
    const secure = await startTestApp({ secureCookies: true });
    for (const app of [t.app, secure.app]) {
      const scriptSrc = (await request(app).get('/api/health')).headers['content-security-policy']?.match(/script-src ([^;]*)/)?.[1];
      expect(scriptSrc).toBe("'self' 'wasm-unsafe-eval'");
    }
    await secure.close();
  });

  it('are sent with SECURE_COOKIES (declared HTTPS), and behind a trusted proxy when it forwarded HTTPS', async () => {
    const secure = await startTestApp({ secureCookies: true });
    const res = await request(secure.app).get('/api/health');
    expect(hsts(res)).toMatch(/max-age=\d+/);
    expect(upgrades(res)).toBe(true);
    await secure.close();
    const proxied = await startTestApp({ trustProxy: 1 });
    const viaHttps = await request(proxied.app).get('/api/health').set('X-Forwarded-Proto', 'https');
    expect(hsts(viaHttps)).toMatch(/max-age=\d+/);
    expect(upgrades(viaHttps)).toBe(true);
    const viaHttp = await request(proxied.app).get('/api/health').set('X-Forwarded-Proto', 'http');
    expect(hsts(viaHttp)).toBeUndefined();
    // The same-origin check sees the origin the proxy forwarded.
    const write = await request(proxied.app)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .set('X-Forwarded-Host', 'qd.example')
      .set('Origin', 'https://qd.example')
      .send({ username: 'city.lead', password: DEMO_PASSWORD });
    expect(write.status).toBe(200);
    await proxied.close();
  });
});

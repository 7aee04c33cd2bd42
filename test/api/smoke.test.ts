import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('answers 200 {"status":"ok"} without a login', async () => {
    const res = await request(t.app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
  it('lists units for a signed-in user', async () => {
    const a = await t.login('shinan.officer');
    const res = await a.get('/api/units');
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('units 0-10/11');
  });
});

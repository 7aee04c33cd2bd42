import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshServerEnv } from '../support/template.js';
import { runToEnd, startServer } from '../support/process.js';
import { DEMO_PASSWORD } from '../support/app.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-srv-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function loginCookie(url: string, username = 'admin', password = DEMO_PASSWORD) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

describe('the server process', () => {
  it('loses no acknowledged write when killed with SIGKILL mid-stream, and the audit chain stays intact', async () => {
    const env = await freshServerEnv(tempDir());
    const first = await startServer(env);
    const cookie = await loginCookie(first.url);
    const acknowledged: number[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${first.url}/api/lines`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Cookie: cookie },
            body: JSON.stringify({ name: `条线 ${w}-${i}`, code: `crash_${w}_${i}` }),
          });
          if (res.status === 201) acknowledged.push((await res.json()).id);
        } catch {
          return; // connection cut by the kill
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await first.exited;
    stop = true;
    await Promise.all(writers);

    const second = await startServer(env);
    const again = await loginCookie(second.url);
    const stored = new Set<number>();
    for (let start = 0; ; start += 100) {
      const res = await fetch(`${second.url}/api/lines?range=${encodeURIComponent(`[${start},${start + 99}]`)}`, { headers: { Cookie: again } });
      const page = (await res.json()) as { id: number }[];
      page.forEach((l) => stored.add(l.id));
      if (page.length < 100) break;
    }
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    second.child.kill('SIGTERM');
    await second.exited;
    const verify = await runToEnd(['api/cli/audit-verify.ts'], env);
    expect(verify.out).toMatch(/intact/);
    expect(verify.code).toBe(0);
    // The exported copy verifies on its own, and a changed byte in it is caught.
    const file = path.join(tempDir(), 'audit.jsonl');
    const exported = await runToEnd(['api/cli/audit-export.ts', file], env);
    expect(exported.code).toBe(0);
    expect((await runToEnd(['api/cli/audit-verify.ts', '--file', file])).code).toBe(0);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('条线 0-1', '条线 0-9'));
    const broken = await runToEnd(['api/cli/audit-verify.ts', '--file', file]);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/BROKEN at entry \d+/);
  }, 120_000);

  it.skipIf(!!process.env.DATABASE_URL)(
    'refuses a second process on the same embedded database with a clear message',
    async () => {
      const env = await freshServerEnv(tempDir());
      const first = await startServer(env);
      const second = await runToEnd(['api/cli/db-export.ts'], env);
      expect(second.code).not.toBe(0);
      expect(second.out).toMatch(/in use by process \d+/);
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
      first.child.kill('SIGTERM');
      await first.exited;
    },
    60_000,
  );

  it('refuses to start in production while an account has the demo password', async () => {
    const env = await freshServerEnv(tempDir());
    const run = await runToEnd(['api/server.ts'], { ...env, NODE_ENV: 'production', PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/demo password: .*admin/);
  }, 60_000);

  it('exports the live data in db.json’s layout, which seeds an equal database', async () => {
    const env = await freshServerEnv(tempDir());
    const server = await startServer(env);
    const cookie = await loginCookie(server.url);
    await fetch(`${server.url}/api/lines`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ name: '导出测试', code: 'export_test' }),
    });
    server.child.kill('SIGTERM');
    await server.exited;
    const file = path.join(tempDir(), 'export.json');
    const exported = await runToEnd(['api/cli/db-export.ts', file], env);
    expect(exported.code).toBe(0);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const seed = JSON.parse(fs.readFileSync('db.json', 'utf8'));
    expect(Object.keys(data)).toEqual(Object.keys(seed));
    expect(data.lines.map((l: { code: string }) => l.code)).toContain('export_test');
    expect(data.units).toEqual(seed.units);
    const reseeded = await startServer({ ...(await freshServerEnv(tempDir())), SEED_FILE: file });
    const c2 = await loginCookie(reseeded.url);
    const lines = await (await fetch(`${reseeded.url}/api/lines?filter=${encodeURIComponent('{"code":"export_test"}')}`, { headers: { Cookie: c2 } })).json();
    expect(lines).toHaveLength(1);
    reseeded.child.kill('SIGTERM');
    await reseeded.exited;
  }, 90_000);
});

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshServerEnv } from '../support/template.js';
import { startServer } from '../support/process.js';
import { DEMO_PASSWORD } from '../support/app.js';
import { onsiteBody, PNG } from '../support/results.js';
import { openPglite } from '../../api/store/pglite.js';
import { openPostgres } from '../../api/store/postgres.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function loginCookie(url: string, username: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

describe('evidence upload and SIGKILL (§11: files in the database, in their record’s transaction)', () => {
  it('a server killed during an upload stream leaves no evidence row and no orphan chunk', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-kill-'));
    dirs.push(dir);
    const env = await freshServerEnv(dir);
    const server = await startServer(env);
    const cookie = await loginCookie(server.url, 'shinan.inspector');
    const made = await fetch(`${server.url}/api/results`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(onsiteBody()),
    });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: number };

    // A multipart upload of a 6 MB photo, sent in pieces; the server is killed when half of it has gone out.
    const boundary = 'qdboundary7e3f';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ndocumentary\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="collection"\r\n\r\nonsite\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\n现场照片\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    const file = Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024, 5)]);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const { port } = new URL(server.url);
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/results/${id}/evidence`,
      headers: { Cookie: cookie, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': head.length + file.length + tail.length },
    });
    req.on('error', () => undefined);
    req.write(head);
    for (let at = 0; at < file.length / 2; at += 256 * 1024) {
      req.write(file.subarray(at, at + 256 * 1024));
      await new Promise((r) => setTimeout(r, 20));
    }
    server.child.kill('SIGKILL');
    await server.exited;
    req.destroy();

    const db = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite({ dataDir: env.DATA_DIR });
    try {
      const [counts] = await db.query<{ evidence: number; blobs: number; chunks: number; results: number }>(
        `SELECT (SELECT count(*)::int FROM evidence) AS evidence, (SELECT count(*)::int FROM blobs) AS blobs,
                (SELECT count(*)::int FROM blob_chunks) AS chunks, (SELECT count(*)::int FROM results WHERE id = $1) AS results`,
        [id],
      );
      expect(counts).toEqual({ evidence: 0, blobs: 0, chunks: 0, results: 1 });
    } finally {
      await db.close();
    }
  }, 120_000);
});

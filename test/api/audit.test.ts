import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { readAuditLog } from '../../api/audit/read.js';
import { verifyChain } from '../../api/audit/verify.js';
import type { AuditRow } from '../../api/audit/log.js';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['login']>>;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const all = async () => {
  const rows: AuditRow[] = [];
  for await (const r of readAuditLog(t.db)) rows.push(r);
  return rows;
};

describe('audit log', () => {
  it('records every write with who, when (UTC), what, before/after and the reason, in the same transaction', async () => {
    const created = await admin.post('/api/lines').set('X-Audit-Reason', encodeURIComponent('新增条线')).send({ name: '工伤保险', code: 'work_injury' });
    const updated = await admin.put(`/api/lines/${created.body.id}`).send({ name: '工伤保险监督', version: 1 });
    await admin.delete(`/api/lines/${created.body.id}`);
    const res = await admin.get('/api/audit').query({ filter: JSON.stringify({ resource: 'lines', recordId: String(created.body.id) }), sort: '["id","ASC"]' });
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
    const [c, u, d] = res.body;
    expect(c).toMatchObject({ actorName: 'admin', actorId: 1, unitId: 1, reason: '新增条线', before: null, after: { name: '工伤保险', code: 'work_injury' } });
    expect(c.at).toBe(t.clock.now().toISOString());
    expect(u.before).toMatchObject({ name: '工伤保险', version: 1 });
    expect(u.after).toEqual(updated.body);
    expect(d).toMatchObject({ before: { name: '工伤保险监督' }, after: null });
  });

  it('writes nothing when the change fails (the entry shares the change’s transaction)', async () => {
    const before = (await all()).length;
    const res = await admin.post('/api/users').send({ username: 'x.bad', name: '某人', role: 'officer', unitId: 5, departmentId: 2, password: 'Passw0rd#x' });
    expect(res.status).toBe(400);
    expect((await all()).length).toBe(before);
    expect(await t.db.query(`SELECT 1 FROM users WHERE username = 'x.bad'`)).toHaveLength(0);
  });

  it('chains entries by SHA-256 and verifies intact', async () => {
    const rows = await all();
    expect(rows.length).toBeGreaterThan(3);
    expect(await verifyChain(rows)).toEqual({ ok: true, count: rows.length });
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
  });

  it('refuses to update, delete or truncate entries in the database itself', async () => {
    await expect(t.db.query(`UPDATE audit SET reason = 'x' WHERE id = 1`)).rejects.toThrow(/never updated or deleted/);
    await expect(t.db.query('DELETE FROM audit WHERE id = 1')).rejects.toThrow(/never updated or deleted/);
    await expect(t.db.query('TRUNCATE audit')).rejects.toThrow(/never updated or deleted/);
  });

  it.each([
    ['a changed byte in an entry', (rows: AuditRow[]) => (rows[2] = { ...rows[2], entry: rows[2].entry.replace('"admin"', '"admim"') }), 3],
    ['a changed filter column', (rows: AuditRow[]) => (rows[2] = { ...rows[2], actorName: 'someone' }), 3],
    ['a removed entry', (rows: AuditRow[]) => rows.splice(1, 1), 2],
    ['a recomputed hash', (rows: AuditRow[]) => (rows[1] = { ...rows[1], hash: rows[1].hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) }), 2],
  ])('finds %s and names the first broken entry', async (_name, tamper, brokenId) => {
    const rows = await all();
    tamper(rows);
    const result = await verifyChain(rows);
    expect(result).toMatchObject({ ok: false, brokenId });
  });
});

describe('audit export and verify from the command line', () => {
  it('exports JSON Lines that verify, and any changed byte is caught', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-audit-'));
    const file = path.join(dir, 'audit.jsonl');
    fs.writeFileSync(file, (await all()).map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { spawnSync } = await import('node:child_process');
    const run = (f: string) => spawnSync('npx', ['tsx', 'api/cli/audit-verify.ts', '--file', f], { encoding: 'utf8' });
    const ok = run(file);
    expect(ok.stdout).toMatch(/intact/);
    expect(ok.status).toBe(0);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[3] = lines[3].replace(/"at":"2026/, '"at":"2025');
    fs.writeFileSync(file, lines.join('\n'));
    const bad = run(file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/BROKEN at entry 4/);
    fs.rmSync(dir, { recursive: true });
  });
});

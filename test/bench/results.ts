/**
 * Results at scale (issue 10): the inspector's results list and the chief's review list over N generated results
 * (p95 of a page of 25 with its Content-Range count, over HTTP), and uploading one 20 MB evidence file.
 *   npx tsx test/bench/results.ts [10000]                 (embedded PGlite, a temp dir)
 *   DATABASE_URL=postgres://…/empty_db npx tsx test/bench/results.ts 10000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { openPglite } from '../../api/store/pglite.js';
import { openPostgres } from '../../api/store/postgres.js';
import { migrate } from '../../api/store/migrate.js';
import { importDataSet, readDataSet } from '../../api/store/seed.js';
import { Store } from '../../api/store/store.js';
import { createApp } from '../../api/app.js';
import { INSPECTOR_TEAM_ASSIGNMENT, PNG } from '../support/results.js';

const size = Number(process.argv[2] ?? 10_000);
const SAMPLES = 200;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const STATES = ['draft', 'confirmed', 'published', 'draft', 'confirmed'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-results-'));
const db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite({ dataDir: dir });
await migrate(db);
await importDataSet(db, readDataSet('db.json'));
const t0 = performance.now();
// N assignments of 市南区's task SN-2026-002 over its entities, 冯雪 (shinan.inspector) on one team in five, each with a result.
await db.query(
  `INSERT INTO assignments ("createdAt", "updatedAt", "taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "inspectorIds", "inspectorUserIds", "resultStatus")
   SELECT now(), now(), 4, 2, 2, 8, e.id, e.uscc, '市南区', CASE WHEN i % 5 = 0 THEN ARRAY[23, 26] ELSE ARRAY[24, 25] END,
          CASE WHEN i % 5 = 0 THEN ARRAY[13] ELSE ARRAY[]::integer[] END, ($2::text[])[1 + i % 5]
     FROM generate_series(1, $1::int) AS i JOIN LATERAL (SELECT id, uscc FROM entities WHERE district = '370202' ORDER BY id OFFSET i % 150 LIMIT 1) e ON true`,
  [size, STATES],
);
await db.query(
  `INSERT INTO results ("createdAt", "updatedAt", "assignmentId", "taskId", "unitId", "departmentId", "entityId", "entityName", uscc, "taskCode", "itemName",
                        deadline, "inspectorIds", "inspectorUserIds", methods, category, "responsibleInspectorId", status, "enteredOn", late)
   SELECT now(), now(), a.id, 4, 2, 8, a."entityId", e.name, a.uscc, 'SN-2026-002', '劳动合同检查', '2026-12-25', a."inspectorIds", a."inspectorUserIds",
          '{onsite}', 'no_problem', a."inspectorIds"[1], a."resultStatus", '2026-06-01', a.id % 17 = 0
     FROM assignments a JOIN entities e ON e.id = a."entityId" WHERE a."resultStatus" <> 'pending'`,
);
await db.exec('ANALYZE results; ANALYZE assignments');
const loadS = (performance.now() - t0) / 1000;

const app = createApp({ store: new Store(db), login: { maxFailures: 5, lockMs: 900_000, perAddress: { windowMs: 60_000, limit: 10_000 } } });
const server = await new Promise<import('node:http').Server>((r) => {
  const s = app.listen(0, '127.0.0.1', () => r(s));
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
const cookieOf = async (username: string) =>
  (
    await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'Demo#2026' }),
    })
  ).headers
    .get('set-cookie')!
    .split(';')[0];
const inspector = await cookieOf('shinan.inspector');
const chief = await cookieOf('shinan.chief');

const scenarios: [string, string, (i: number) => Record<string, unknown>][] = [
  ['inspector: my results, newest first', inspector, () => ({})],
  ['inspector: my drafts', inspector, () => ({ status: 'draft' })],
  ['chief: review list (to confirm / publish / explain)', chief, (i) => ({ status: ['draft', 'confirmed'][i % 2] })],
  ['chief: review list, late only', chief, () => ({ status: 'draft', late: true })],
  ['chief: all results of the office', chief, () => ({})],
];
const lines: string[] = [];
for (const [name, cookie, filter] of scenarios) {
  const times: number[] = [];
  let total = '';
  for (let i = -20; i < SAMPLES; i++) {
    const url = `${base}/results?range=${encodeURIComponent(`[${((i + 20) % 4) * 25},${((i + 20) % 4) * 25 + 24}]`)}&sort=${encodeURIComponent('["id","DESC"]')}&filter=${encodeURIComponent(JSON.stringify(filter(i + 20)))}`;
    const t = performance.now();
    const res = await fetch(url, { headers: { Cookie: cookie } });
    await res.text();
    if (i >= 0) times.push(performance.now() - t);
    if (!res.ok) throw new Error(`${res.status}`);
    total = res.headers.get('content-range')!.split('/')[1];
  }
  lines.push(
    `| ${db.kind} | ${size.toLocaleString()} | ${name} (${total} rows) | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} |`,
  );
}

// One 20 MB file: a fresh draft result of 冯雪's team, a PNG padded with varying bytes.
const [{ id: assignmentId }] = await db.query<{ id: number }>(
  `INSERT INTO assignments ("createdAt", "updatedAt", "taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "inspectorIds", "inspectorUserIds")
   SELECT now(), now(), "taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "inspectorIds", "inspectorUserIds" FROM assignments WHERE id = $1 RETURNING id`,
  [INSPECTOR_TEAM_ASSIGNMENT],
);
const made = await fetch(`${base}/results`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Cookie: inspector },
  body: JSON.stringify({ assignmentId, methods: ['onsite'] }),
});
const resultId = ((await made.json()) as { id: number }).id;
const uploads: number[] = [];
for (let round = 0; round < 3; round++) {
  const file = Buffer.concat([PNG, Buffer.alloc(20 * 1024 * 1024 - PNG.length)]);
  for (let i = PNG.length; i < file.length; i += 4096) file.writeUInt32LE((i * 2654435761 + round) >>> 0, i);
  const form = new FormData();
  form.set('kind', 'audiovisual');
  form.set('collection', 'onsite');
  form.set('description', '现场录像截图');
  form.set('files', new Blob([file], { type: 'image/png' }), `现场-${round}.png`);
  const t = performance.now();
  const res = await fetch(`${base}/results/${resultId}/evidence`, { method: 'POST', headers: { Cookie: inspector }, body: form });
  await res.text();
  if (res.status !== 201) throw new Error(`upload ${res.status}`);
  uploads.push(performance.now() - t);
}

server.close();
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(`${db.kind}: ${size.toLocaleString()} results generated in ${loadS.toFixed(1)} s`);
console.log('| engine | results | GET /api/results (page of 25 + count) | p50 ms | p95 ms | p99 ms |\n|---|---:|---|---:|---:|---:|');
console.log(lines.join('\n'));
console.log(`20 MB evidence upload (POST /api/results/:id/evidence, 201): ${uploads.map((u) => `${(u / 1000).toFixed(2)} s`).join(', ')}`);

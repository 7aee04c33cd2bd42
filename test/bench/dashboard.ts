/**
 * The supervision dashboard at scale (issue 14: "dashboard at 100k entities and 10k results, p95 ≤ 200 ms"): GET
 * /api/dashboard (every figure counted with the reader's row rules) and the annual summary, over HTTP, on the demo data
 * grown to N entities, T tasks and R results (copies of the demo's rows, spread over units, states and categories).
 *   npx tsx test/bench/dashboard.ts [entities] [tasks] [results]      (defaults 100000 10000 100000; embedded PGlite)
 *   DATABASE_URL=postgres://…/empty_db npx tsx test/bench/dashboard.ts 100000 10000 100000
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
import type { Db } from '../../api/store/db.js';

const [entities, tasks, results] = [process.argv[2] ?? 100_000, process.argv[3] ?? 10_000, process.argv[4] ?? 100_000].map(Number);
const SAMPLES = 100;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** A table's writable columns (not the id, not generated ones), quoted. */
const columnsOf = async (db: Db, table: string) =>
  (
    await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name <> 'id' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [table],
    )
  ).map((c) => `"${c.column_name}"`);

/** Copies of a table's rows until it holds `target`, with `unique` columns suffixed by the copy's number. */
async function grow(db: Db, table: string, target: number, unique: string[]) {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  if (n >= target) return;
  const cols = await columnsOf(db, table);
  const values = cols.map((c) => (unique.includes(c) ? `${c} || '-' || g` : c));
  await db.query(
    `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${values.join(', ')} FROM ${table} CROSS JOIN generate_series(1, $1::int) g
      ORDER BY g, id LIMIT $2`,
    [Math.ceil((target - n) / n), target - n],
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-dashboard-'));
const db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite({ dataDir: dir });
await migrate(db);
await importDataSet(db, readDataSet('db.json'));
const t0 = performance.now();
await grow(db, 'entities', entities, ['"uscc"']);
await grow(db, 'tasks', tasks, ['"code"']);
// One assignment per result, over the tasks and the entities; a result for each, in every state and category.
await db.query(
  `WITH t AS (SELECT array_agg(id ORDER BY id) AS ids FROM tasks), e AS (SELECT array_agg(id ORDER BY id) AS ids FROM entities)
   INSERT INTO assignments ("createdAt", "updatedAt", "taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "inspectorIds", "inspectorUserIds", "resultStatus")
   SELECT now(), now(), tk.id, (SELECT min(id) FROM draws), tk."unitId", tk."departmentId", en.id, en.uscc, en.district, ARRAY[23, 26], ARRAY[13],
          (ARRAY['draft', 'confirmed', 'published', 'published', 'published'])[1 + i % 5]
     FROM generate_series(1, $1::int) i CROSS JOIN t CROSS JOIN e
     JOIN tasks tk ON tk.id = t.ids[1 + i % cardinality(t.ids)] JOIN entities en ON en.id = e.ids[1 + (i * 7) % cardinality(e.ids)]`,
  [results],
);
await db.query(
  `INSERT INTO results ("createdAt", "updatedAt", "assignmentId", "taskId", "unitId", "departmentId", "entityId", "entityName", uscc, "taskCode", "itemName",
                        deadline, "inspectorIds", "inspectorUserIds", methods, category, "responsibleInspectorId", status, "enteredOn", late, "suspectedCrime",
                        "confirmedAt", "publishedAt")
   SELECT now(), now(), a.id, a."taskId", a."unitId", a."departmentId", a."entityId", e.name, a.uscc, t.code, t."itemName", t.deadline, a."inspectorIds",
          a."inspectorUserIds", '{document}', (ARRAY['no_problem', 'problem_corrected', 'problem_pending', 'no_activity', 'unreachable'])[1 + a.id % 5], 23,
          a."resultStatus", DATE '2026-03-01' + (a.id % 250), a.id % 17 = 0, a.id % 97 = 0,
          CASE WHEN a."resultStatus" <> 'draft' THEN TIMESTAMPTZ '2026-03-10T02:00:00Z' + (a.id % 250) * INTERVAL '1 day' END,
          CASE WHEN a."resultStatus" = 'published' THEN TIMESTAMPTZ '2026-04-10T02:00:00Z' + (a.id % 230) * INTERVAL '1 day' END
     FROM assignments a JOIN entities e ON e.id = a."entityId" JOIN tasks t ON t.id = a."taskId"
    WHERE a."resultStatus" <> 'pending' AND NOT EXISTS (SELECT 1 FROM results r WHERE r."assignmentId" = a.id)`,
);
// A referral for one result in 40 (a police one for one in three), half of them received.
await db.query(
  `INSERT INTO referrals ("createdAt", "updatedAt", "resultId", "taskId", "unitId", "departmentId", "inspectorUserIds", "entityName", kind, recipient, "referredOn", contents, "receivedOn")
   SELECT now(), now(), id, "taskId", "unitId", "departmentId", "inspectorUserIds", "entityName", (ARRAY['internal', 'authority', 'police'])[1 + id % 3],
          '青岛市公安局', DATE '2026-05-01' + (id % 200), '线索', CASE WHEN id % 2 = 0 THEN DATE '2026-11-30' END
     FROM results WHERE id % 40 = 0`,
);
await db.exec('ANALYZE');
const loadS = (performance.now() - t0) / 1000;
const [counts] = await db.query<Record<string, number>>(
  `SELECT (SELECT count(*)::int FROM entities) AS entities, (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM results) AS results,
          (SELECT count(*)::int FROM referrals) AS referrals`,
);

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
const cityChief = await cookieOf('city.chief');
const shinanChief = await cookieOf('shinan.chief');

const scenarios: [string, string, string, number][] = [
  ['city.chief: the whole city', cityChief, '/dashboard?year=2026', SAMPLES],
  ['city.chief: 市南区', cityChief, '/dashboard?year=2026&unitId=2', SAMPLES],
  ['shinan.chief: its district', shinanChief, '/dashboard?year=2026', SAMPLES],
  ['city.chief: annual summary (JSON)', cityChief, '/dashboard/summary?year=2026', SAMPLES / 2],
  ['city.chief: annual summary (XLSX)', cityChief, '/dashboard/summary.xlsx?year=2026', SAMPLES / 4],
];
const lines: string[] = [];
for (const [name, cookie, url, samples] of scenarios) {
  const times: number[] = [];
  let sample = '';
  for (let i = -5; i < samples; i++) {
    const t = performance.now();
    const res = await fetch(`${base}${url}`, { headers: { Cookie: cookie } });
    const body = await res.arrayBuffer();
    if (i >= 0) times.push(performance.now() - t);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (url.startsWith('/dashboard?')) {
      const { figures } = JSON.parse(Buffer.from(body).toString()) as { figures: Record<string, { count: number }> };
      sample = `inspected ${figures.inspected.count.toLocaleString()}, unpublished late ${figures.resultsUnpublished.count.toLocaleString()}`;
    }
  }
  lines.push(
    `| ${db.kind} | ${name}${sample ? ` (${sample})` : ''} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} |`,
  );
}

server.close();
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `${db.kind}: ${counts.entities.toLocaleString()} entities, ${counts.tasks.toLocaleString()} tasks, ${counts.results.toLocaleString()} results, ${counts.referrals.toLocaleString()} referrals generated in ${loadS.toFixed(1)} s`,
);
console.log('| engine | GET /api/dashboard… | p50 ms | p95 ms | p99 ms |\n|---|---|---:|---:|---:|');
console.log(lines.join('\n'));

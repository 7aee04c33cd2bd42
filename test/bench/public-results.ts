/**
 * The public result search at scale (issue 14): N generated published results (and N/4 unpublished ones) over the
 * demo entities of every district, each with its own name and 统一社会信用代码; p95 of GET /api/public/results
 * (a page of 25 with its Content-Range count, over HTTP) for the searches and filters the portal offers.
 *   npx tsx test/bench/public-results.ts [100000]          (embedded PGlite, a temp dir)
 *   DATABASE_URL=postgres://…/empty_db npx tsx test/bench/public-results.ts 100000
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

const size = Number(process.argv[2] ?? 100_000);
const SAMPLES = 200;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
// 40 name words: a two-character word is in ≈ 5 % of the names, a pair of words in ≈ 1 in 1,600.
const WORDS =
  '华信 鑫源 海润 恒达 德胜 金桥 宏图 瑞丰 嘉和 博远 天成 永盛 汇通 隆昌 富民 安泰 益康 长青 明珠 兴业 正阳 同创 新科 广源 泰和 启航 联众 锦程 东方 卓越 万家 中联 鼎盛 佳美 蓝海 荣发 创新 盛世 凯旋 福瑞'.split(
    ' ',
  );
const SUFFIXES = ['有限公司', '股份有限公司', '商贸中心', '餐饮店', '物流有限公司'];
const CATEGORIES = ['no_problem', 'problem_corrected', 'problem_pending', 'no_activity', 'non_cooperation'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-public-'));
const db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite({ dataDir: dir });
await migrate(db);
await importDataSet(db, readDataSet('db.json'));
const t0 = performance.now();
const total = Math.round(size * 1.25);
const [{ before }] = await db.query<{ before: number }>('SELECT COALESCE(max(id), 0)::int AS before FROM assignments');
// One assignment per result, of the drawn demo tasks, over every district's entities.
await db.query(
  `INSERT INTO assignments ("createdAt", "updatedAt", "taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "inspectorIds", "inspectorUserIds", "resultStatus")
   SELECT now(), now(), t.id, d.id, t."unitId", t."departmentId", e.id, e.uscc, e.district, ARRAY[23, 26], ARRAY[13], CASE WHEN i % 5 = 0 THEN 'confirmed' ELSE 'published' END
     FROM generate_series(1, $1::int) AS i
     JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, uscc, district FROM entities) e ON e.n = i % (SELECT count(*) FROM entities)
     JOIN (SELECT row_number() OVER (ORDER BY t.id) - 1 AS n, t.*, (SELECT min(id) FROM draws WHERE "taskId" = t.id) AS "drawId" FROM tasks t
            WHERE EXISTS (SELECT 1 FROM draws WHERE "taskId" = t.id)) t ON t.n = i % 4
     JOIN draws d ON d.id = t."drawId"`,
  [total],
);
await db.query(
  `INSERT INTO results ("createdAt", "updatedAt", "assignmentId", "taskId", "unitId", "departmentId", "entityId", "entityName", uscc, "taskCode", "itemName",
                        deadline, "inspectorIds", "inspectorUserIds", methods, category, "responsibleInspectorId", status, "enteredOn", "publishedAt", "nonCooperationPublished")
   SELECT now(), now(), a.id, a."taskId", a."unitId", a."departmentId", a."entityId",
          '青岛' || ($1::text[])[1 + a.id % 40] || ($1::text[])[1 + (a.id / 40) % 40] || ($2::text[])[1 + a.id % 5] || (a.id / 1600),
          '91370200' || lpad(a.id::text, 9, '0') || 'X', t.code, t."itemName", t.deadline, a."inspectorIds", a."inspectorUserIds", '{onsite}',
          ($3::text[])[1 + a.id % 5], 23, a."resultStatus", '2026-06-01',
          CASE WHEN a."resultStatus" = 'published' THEN timestamptz '2026-06-01' + a.id * interval '1 minute' END,
          a.id % 5 = 4 AND a.id % 7 = 0
     FROM assignments a JOIN tasks t ON t.id = a."taskId" WHERE a.id > $4`,
  [WORDS, SUFFIXES, CATEGORIES, before],
);
await db.exec('ANALYZE results; ANALYZE assignments; ANALYZE entities; ANALYZE tasks');
const [{ n: published }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM results WHERE status = 'published'`);
const [{ uscc, district, year, lineId }] = await db.query<{ uscc: string; district: string; year: number; lineId: number }>(
  `SELECT r.uscc, e.district, t.year, t."lineId" FROM results r JOIN entities e ON e.id = r."entityId" JOIN tasks t ON t.id = r."taskId"
    WHERE r.status = 'published' ORDER BY r.id LIMIT 1 OFFSET 5000`,
);
const loadS = (performance.now() - t0) / 1000;

const app = createApp({ store: new Store(db), publicApi: { perAddress: { windowMs: 60_000, limit: 1_000_000 } } });
const server = await new Promise<import('node:http').Server>((r) => {
  const s = app.listen(0, '127.0.0.1', () => r(s));
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/public`;

const scenarios: [string, string, (i: number) => Record<string, unknown>][] = [
  ['newest published, no filter', 'results', () => ({})],
  ['q: a 统一社会信用代码', 'results', () => ({ q: uscc })],
  ['q: two characters (≈ 5 % of names)', 'results', (i) => ({ q: WORDS[i % 40] })],
  ['q: four characters (≈ 0.06 %)', 'results', (i) => ({ q: WORDS[i % 40] + WORDS[(i * 7) % 40] })],
  ['q: no match', 'results', () => ({ q: '不存在的名称' })],
  ['district', 'results', () => ({ district })],
  ['district + category', 'results', (i) => ({ district, category: CATEGORIES[i % 5] })],
  ['year + line + category', 'results', (i) => ({ year, lineId, category: CATEGORIES[i % 5] })],
  ['district + q two characters', 'results', (i) => ({ district, q: WORDS[i % 40] })],
  ['non-cooperation list', 'non-cooperation', () => ({})],
];
const lines: string[] = [];
for (const [name, list, filter] of scenarios) {
  const times: number[] = [];
  let count = '';
  for (let i = -20; i < SAMPLES; i++) {
    const start = ((i + 20) % 4) * 25;
    const url = `${base}/${list}?range=${encodeURIComponent(`[${start},${start + 24}]`)}&filter=${encodeURIComponent(JSON.stringify(filter(i + 20)))}`;
    const t = performance.now();
    const res = await fetch(url);
    await res.text();
    if (i >= 0) times.push(performance.now() - t);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    count = res.headers.get('content-range')!.split('/')[1] + (res.headers.get('x-total-lower-bound') ? '+' : '');
  }
  lines.push(
    `| ${db.kind} | ${published.toLocaleString()} | ${name} (${count}) | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} |`,
  );
}

server.close();
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(`${db.kind}: ${published.toLocaleString()} published results (of ${total.toLocaleString()}) generated in ${loadS.toFixed(1)} s`);
console.log('| engine | published | GET /api/public/… (page of 25 + count) | p50 ms | p95 ms | p99 ms |\n|---|---:|---|---:|---:|---:|');
console.log(lines.join('\n'));

/**
 * The entity library at scale (issue: 一单两库): GET /api/entities with district + type + sort by name + `q`, a page of
 * 25 with its Content-Range count, over HTTP, on the real `entities` table filled with N generated rows.
 *   npx tsx test/bench/entities.ts [100000,500000]          (embedded PGlite, a temp dir)
 *   DATABASE_URL=postgres://…/empty_db npx tsx test/bench/entities.ts 100000
 *   BENCH_ONLY="search box" npx tsx test/bench/entities.ts 500000   (the search-box scenarios only)
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

const sizes = (process.argv[2] ?? '100000,500000').split(',').map(Number);
const SAMPLES = 200;
const BRAND = [
  '海创',
  '鑫源',
  '华宇',
  '瑞丰',
  '恒通',
  '蓝海',
  '金桥',
  '德信',
  '泰和',
  '汇金',
  '东方',
  '海纳',
  '润泽',
  '中联',
  '宏达',
  '博远',
  '佳和',
  '新亚',
  '胜利',
  '青元',
  '远洋',
  '鲁信',
  '海川',
  '明德',
  '安泰',
  '瑞康',
  '众诚',
  '天成',
  '嘉禾',
  '长城',
  '澄宁',
  '诺泰',
];
const TRADE = [
  '机械制造',
  '食品',
  '国际物流',
  '建筑工程',
  '信息技术',
  '餐饮管理',
  '纺织',
  '电子科技',
  '国际贸易',
  '物业管理',
  '人力资源服务',
  '劳务派遣',
  '橡胶制品',
  '海洋生物',
  '家电配件',
  '汽车销售',
  '酒店管理',
  '商贸',
  '装饰工程',
  '保安服务',
];
const DISTRICTS = ['370202', '370203', '370211', '370212', '370213', '370214', '370215', '370281', '370283', '370285'];
const TYPES = ['enterprise', 'individual', 'private_non_enterprise', 'partnership', 'foundation', 'state_organ', 'public_institution', 'social_group'];

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function bench(size: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-entities-'));
  const db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite({ dataDir: dir });
  await migrate(db);
  const seed = readDataSet('db.json');
  await importDataSet(db, { units: seed.units, lines: seed.lines, departments: seed.departments, users: seed.users, holidays: seed.holidays });
  const t0 = performance.now();
  // Rows made in SQL: the brand and trade cycle with different strides, so names repeat realistically.
  for (let from = 1; from <= size; from += 50_000) {
    await db.query(
      `INSERT INTO entities (uscc, name, type, district, "unitId", address, "lineIds", status, "changedOn", "recordedOn", overdue, "createdAt", "updatedAt")
       SELECT '91' || d.code || lpad(i::text, 9, '0') || 'X',
              '青岛' || ($3::text[])[1 + (i * 7) % $4] || ($5::text[])[1 + (i * 13) % $6] || '有限公司',
              ($7::text[])[1 + (i * 3) % 8], d.code, d.id, '青岛市基准路' || i || '号', '{1}', 'active', '2026-01-05', '2026-01-06', i % 9 = 0, now(), now()
         FROM generate_series($1::int, $2::int) AS i
         JOIN LATERAL (SELECT id, code FROM units WHERE code = ($8::text[])[1 + i % 10]) d ON true`,
      [from, Math.min(size, from + 49_999), BRAND, BRAND.length, TRADE, TRADE.length, TYPES, DISTRICTS],
    );
  }
  await db.exec('ANALYZE entities');
  const loadS = (performance.now() - t0) / 1000;
  const app = createApp({ store: new Store(db), login: { maxFailures: 5, lockMs: 900_000, perAddress: { windowMs: 60_000, limit: 10_000 } } });
  const server = await new Promise<import('node:http').Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Demo#2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const scenarios: [string, (i: number) => Record<string, unknown>][] = [
    ['district + type, sorted by name', (i) => ({ district: DISTRICTS[i % 10], type: TYPES[i % 8] })],
    ['+ q two characters, common (物流/科技/商贸)', (i) => ({ district: DISTRICTS[i % 10], type: TYPES[i % 8], q: ['物流', '科技', '商贸'][i % 3] })],
    ['+ q two characters, rare (澄宁/诺泰)', (i) => ({ district: DISTRICTS[i % 10], type: TYPES[i % 8], q: ['澄宁', '诺泰'][i % 2] })],
    ['+ q three or more characters (国际物流/电子科技)', (i) => ({ district: DISTRICTS[i % 10], type: TYPES[i % 8], q: ['国际物流', '电子科技'][i % 2] })],
    ['q alone (search box), two characters', (i) => ({ q: ['澄宁', '物流'][i % 2] })],
    ['q alone (search box), three or more characters', (i) => ({ q: ['国际物流', '电子科技', '青岛海创'][i % 3] })],
    ['q alone (search box), page 40 (rows 976–1,000)', (i) => ({ q: ['澄宁', '物流'][i % 2], range: [975, 999] })],
    ['q alone (search box), a longer name (澄宁国际物流, 3,125 matches)', () => ({ q: '澄宁国际物流' })],
    ['q alone (search box), no match (不存在的公司)', () => ({ q: '不存在的公司' })],
  ];
  const lines: string[] = [];
  // BENCH_ONLY=<text>: only the scenarios whose name contains it (e.g. "search box").
  for (const [name, filter] of scenarios.filter(([n]) => !process.env.BENCH_ONLY || n.includes(process.env.BENCH_ONLY))) {
    const times: number[] = [];
    for (let i = -20; i < SAMPLES; i++) {
      const { range = [0, 24], ...f } = filter(i + 20);
      const url = `${base}/entities?range=${encodeURIComponent(JSON.stringify(range))}&sort=${encodeURIComponent('["name","ASC"]')}&filter=${encodeURIComponent(JSON.stringify(f))}`;
      const t = performance.now();
      const res = await fetch(url, { headers: { Cookie: cookie } });
      await res.text();
      if (i >= 0) times.push(performance.now() - t);
      if (!res.ok) throw new Error(`${res.status}`);
    }
    lines.push(
      `| ${db.kind} | ${size.toLocaleString()} | ${name} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} |`,
    );
  }
  server.close();
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`${db.kind} ${size.toLocaleString()} entities generated in ${loadS.toFixed(1)} s`);
  return lines;
}

console.log(
  '| engine | entities | GET /api/entities (page of 25 + count, exact up to 10,000 past the page, 1,000 with q) | p50 ms | p95 ms | p99 ms |\n|---|---:|---|---:|---:|---:|',
);
const all: string[] = [];
for (const size of sizes) all.push(...(await bench(size)));
console.log(all.join('\n'));

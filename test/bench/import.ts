/**
 * Import benchmark (issue: 一单两库): 10,000 entity rows as CSV and as XLSX through POST /api/entities/import,
 * on a fresh embedded database (or, with DATABASE_URL, an EMPTY database on that server — e.g. one made for the run;
 * each run loads db.json into it), timed from request to committed answer.
 *   npx tsx test/bench/import.ts [rows=10000]
 */
import ExcelJS from 'exceljs';
import request from 'supertest';
import { openPglite } from '../../api/store/pglite.js';
import { openPostgres } from '../../api/store/postgres.js';
import { migrate } from '../../api/store/migrate.js';
import { importDataSet, readDataSet } from '../../api/store/seed.js';
import { Store } from '../../api/store/store.js';
import { createApp } from '../../api/app.js';
import { makeUscc } from '../../api/cli/seed/library.js';
import { rng } from '../../api/cli/seed/random.js';

const rows = Number(process.argv[2] ?? 10_000);
const HEADER = ['统一社会信用代码', '名称', '类型', '所在区（市）', '地址', '法定代表人', '业务条线', '状态', '变动日期'];
const DISTRICTS = ['市南区', '市北区', '黄岛区', '崂山区', '李沧区', '城阳区', '即墨区', '胶州市', '平度市', '莱西市'];
const CODES = ['370202', '370203', '370211', '370212', '370213', '370214', '370215', '370281', '370283', '370285'];

function table(seed: number): string[][] {
  const r = rng(seed);
  return Array.from({ length: rows }, (_, i) => [
    makeUscc('enterprise', CODES[i % 10], r),
    `青岛导入基准${seed}-${i}有限公司`,
    '企业',
    DISTRICTS[i % 10],
    `青岛市${DISTRICTS[i % 10]}基准路${i}号`,
    '张三',
    '劳动保障监察',
    '存续',
    '2026-11-02',
  ]);
}

async function run(kind: 'csv' | 'xlsx', seed: number) {
  const db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite();
  await migrate(db);
  await importDataSet(db, readDataSet('db.json'));
  const app = createApp({ store: new Store(db) });
  const agent = request.agent(app);
  await agent.post('/api/auth/login').send({ username: 'city.officer', password: 'Demo#2026' }).expect(200);
  const data = table(seed);
  let body: Buffer;
  if (kind === 'csv') body = Buffer.from([HEADER, ...data].map((r) => r.join(',')).join('\n'));
  else {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('检查对象');
    ws.addRow(HEADER);
    for (const r of data) ws.addRow(r);
    body = Buffer.from(await wb.xlsx.writeBuffer());
  }
  const type = kind === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  let t = performance.now();
  const dry = await agent.post('/api/entities/import?dryRun=true').set('Content-Type', type).send(body);
  const dryMs = performance.now() - t;
  t = performance.now();
  const res = await agent.post('/api/entities/import').set('Content-Type', type).send(body);
  const ms = performance.now() - t;
  if (res.status !== 200 || res.body.created !== rows) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  console.log(
    `${db.kind} ${kind.toUpperCase()} ${rows.toLocaleString()} rows (${(body.length / 1e6).toFixed(1)} MB): dry run ${(dryMs / 1000).toFixed(2)} s, import ${(ms / 1000).toFixed(2)} s (target ≤ 10 s); dry-run errors ${dry.body.errorCount}`,
  );
  await db.close();
}

await run('csv', 1);
if (!process.env.DATABASE_URL) await run('xlsx', 2);

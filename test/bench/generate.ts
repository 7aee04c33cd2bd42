/**
 * Deterministic data generator for the benchmarks: N rows of the wide bench resource (see wide-resource.ts),
 * bulk-loaded with `INSERT … SELECT … FROM unnest($1::text[], …)` in batches (one parameter per column, so a batch
 * of thousands of rows is one statement on PGlite and on PostgreSQL alike), then indexed and analysed.
 * The same seed and N give the same rows, byte for byte.
 *
 * Standalone: npx tsx test/bench/generate.ts --rows 100000 [--seed 2026] (--data-dir .bench-data/db | --database-url URL)
 *   prepares a fresh database there: migrations, db.json, the bench table and its rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Db } from '../../api/store/db.js';
import { migrate } from '../../api/store/migrate.js';
import { importDataSet, readDataSet } from '../../api/store/seed.js';
import { BENCH_INDEXES, BENCH_TABLE, BENCH_TABLE_SQL, CREDIT_RATINGS, DISTRICTS, ENTITY_TYPES, LINES, RISK_LEVELS, STATUSES } from './wide-resource.js';

export const DEFAULT_SEED = 2026;
const ORGANISATION = ['units', 'lines', 'departments', 'users'];

/** sfc32: small, fast, good enough for data, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9,
    b = 0x243f6a88,
    c = 0xb7e15162,
    d = seed >>> 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

export type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function weighted<T>(items: readonly T[], weights: number[]): (r: Rng) => T {
  const total = weights.reduce((s, w) => s + w, 0);
  const cum: number[] = [];
  let acc = 0;
  for (const w of weights) cum.push((acc += w / total));
  return (r) => {
    const x = r();
    for (let i = 0; i < cum.length; i++) if (x < cum[i]) return items[i];
    return items[items.length - 1];
  };
}

const DISTRICT_NAMES: Record<string, string> = {
  '370202': '市南区',
  '370203': '市北区',
  '370211': '黄岛区',
  '370212': '崂山区',
  '370213': '李沧区',
  '370214': '城阳区',
  '370215': '即墨区',
  '370281': '胶州市',
  '370283': '平度市',
  '370285': '莱西市',
};
const pickDistrict = weighted(DISTRICTS, [9, 12, 18, 8, 8, 13, 12, 8, 7, 5]);
const pickType = weighted(ENTITY_TYPES, [58, 25, 5, 3, 1, 2, 4, 2]);
const pickStatus = weighted(STATUSES, [85, 5, 6, 4]);
const pickRisk = weighted(RISK_LEVELS, [70, 25, 5]);
const pickCredit = weighted(CREDIT_RATINGS, [40, 45, 12, 3]);

/** 字号 characters: a brand is two of them (≈ 24k pairs), so any one pair is rare. */
export const BRAND_CHARS = Array.from(
  '鑫瑞华泰恒昌盛达通源丰隆兴旺德宏海诚信佳和润祥福金安康博远嘉禾益伟明光晨鸿辉凯越腾飞龙凤宇航星辰浩天启智新创立业建成永顺利合众联汇聚华美雅致诺思维尚品优乐享悦宁静清澄',
);
/** 行业用语 with their weights: '科技' and '商贸' are the common fragments of the `q` benchmark. */
const INDUSTRIES: [string, string, number][] = [
  ['科技', '信息传输、软件和信息技术服务业', 9],
  ['商贸', '批发和零售业', 8],
  ['贸易', '批发和零售业', 6],
  ['建筑工程', '建筑业', 6],
  ['餐饮管理', '住宿和餐饮业', 5],
  ['物流', '交通运输、仓储和邮政业', 5],
  ['机械制造', '制造业', 4],
  ['食品', '制造业', 4],
  ['纺织服装', '制造业', 3],
  ['电子', '制造业', 3],
  ['医药', '制造业', 2],
  ['人力资源', '租赁和商务服务业', 3],
  ['物业管理', '房地产业', 4],
  ['房地产开发', '房地产业', 2],
  ['广告传媒', '租赁和商务服务业', 3],
  ['教育咨询', '教育', 3],
  ['汽车销售', '批发和零售业', 3],
  ['装饰工程', '建筑业', 3],
  ['家政服务', '居民服务、修理和其他服务业', 3],
  ['保安服务', '租赁和商务服务业', 2],
  ['海洋渔业', '农、林、牧、渔业', 2],
  ['农业开发', '农、林、牧、渔业', 2],
  ['化工', '制造业', 2],
  ['新能源', '电力、热力、燃气及水生产和供应业', 2],
  ['环保工程', '水利、环境和公共设施管理业', 2],
  ['酒店管理', '住宿和餐饮业', 2],
  ['文化旅游', '文化、体育和娱乐业', 2],
  ['健康管理', '卫生和社会工作', 2],
];
const pickIndustry = weighted(
  INDUSTRIES,
  INDUSTRIES.map((x) => x[2]),
);
/** 组织形式 by type (企业, 个体经济组织, 民办非企业单位, 合伙组织, 基金会, 国家机关, 事业单位, 社会团体). */
const SUFFIXES: Record<string, string[]> = {
  enterprise: ['有限公司', '有限公司', '有限公司', '有限责任公司', '股份有限公司', '集团有限公司'],
  individual: ['店', '经营部', '商行', '工作室', '加工厂'],
  private_non_enterprise: ['培训学校', '服务中心', '养老院', '研究院'],
  partnership: ['律师事务所', '会计师事务所', '合伙企业（有限合伙）'],
  foundation: ['基金会', '慈善基金会'],
  state_organ: ['管理局', '办公室'],
  public_institution: ['服务中心', '医院', '学校', '研究所'],
  social_group: ['协会', '商会', '学会', '联合会'],
};
const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);
const GIVEN = Array.from('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁');
const ROADS = Array.from(
  { length: 60 },
  (_, i) => `${BRAND_CHARS[(i * 7) % BRAND_CHARS.length]}${BRAND_CHARS[(i * 13 + 5) % BRAND_CHARS.length]}${['路', '街', '大道', '支路'][i % 4]}`,
);
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** 登记管理部门 + 机构类别 per entity type (GB 32100 table 1, simplified). */
const USCC_KIND: Record<string, string> = {
  enterprise: '91',
  individual: '92',
  private_non_enterprise: '52',
  partnership: '31',
  foundation: '53',
  state_organ: '11',
  public_institution: '12',
  social_group: '51',
};

/** A GB 32100 code with valid check characters; `serial` makes it unique (a bijection on 0 … 10^8 − 1). */
export function uscc(type: string, district: string, serial: number): string {
  const body = String((serial * 7_654_321 + 1_234_567) % 100_000_000).padStart(8, '0');
  const orgSum = [...body].reduce((s, ch, i) => s + Number(ch) * ORG_WEIGHTS[i], 0);
  const orgCheck = 11 - (orgSum % 11);
  const org = body + (orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck));
  const first17 = USCC_KIND[type] + district + org;
  const sum = [...first17].reduce((s, ch, i) => s + USCC_CHARS.indexOf(ch) * USCC_WEIGHTS[i], 0);
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const EPOCH_1990 = Date.UTC(1990, 0, 1);
const EPOCH_2026 = Date.UTC(2026, 0, 1);

export type Entity = Record<string, unknown> & {
  uscc: string;
  name: string;
  type: string;
  district: string;
  lines: string[];
};

/** One entity; `serial` must be unique (it makes the USCC), the rest comes from the random stream. */
export function makeEntity(r: Rng, serial: number): Entity {
  const type = pickType(r);
  const district = pickDistrict(r);
  const [industryWord, industry] = pickIndustry(r);
  const brand = pick(r, BRAND_CHARS) + pick(r, BRAND_CHARS);
  const prefix = r() < 0.8 ? '青岛' : r() < 0.5 ? `青岛市${DISTRICT_NAMES[district]}` : DISTRICT_NAMES[district];
  const name = `${prefix}${brand}${industryWord}${pick(r, SUFFIXES[type])}`;
  const established = EPOCH_1990 + Math.floor(r() * (EPOCH_2026 - EPOCH_1990));
  const changed = established + Math.floor(r() * (EPOCH_2026 + 300 * DAY - established));
  const recorded = changed + Math.floor(r() < 0.9 ? r() * 5 : 5 + r() * 30) * DAY;
  const lines = LINES.filter(() => r() < 0.35);
  const employees = type === 'individual' ? int(r, 1, 8) : Math.floor(Math.exp(r() * 8));
  return {
    uscc: uscc(type, district, serial),
    name,
    type,
    district,
    address: `山东省青岛市${DISTRICT_NAMES[district]}${pick(r, ROADS)}${int(r, 1, 999)}号${r() < 0.3 ? `${int(r, 1, 30)}号楼${int(r, 101, 2808)}室` : ''}`,
    lines: lines.length ? lines : [pick(r, LINES)],
    status: pickStatus(r),
    changedOn: dateOf(changed),
    recordedOn: dateOf(recorded),
    establishedOn: dateOf(established),
    legalRep: pick(r, SURNAMES) + pick(r, GIVEN) + (r() < 0.6 ? pick(r, GIVEN) : ''),
    phone: r() < 0.5 ? `0532-8${String(int(r, 0, 9_999_999)).padStart(7, '0')}` : `1${int(r, 3, 9)}${String(int(r, 0, 999_999_999)).padStart(9, '0')}`,
    email: r() < 0.4 ? `contact${serial}@example.cn` : null,
    employees,
    registeredCapital: Math.round(Math.exp(r() * 14) * 100) / 100,
    industry,
    riskLevel: pickRisk(r),
    creditRating: pickCredit(r),
    lastInspectedOn: r() < 0.7 ? dateOf(EPOCH_2026 - Math.floor(r() * 1500) * DAY) : null,
    remarks: r() < 0.2 ? `${pick(r, ['经营地址变更', '法定代表人变更', '经营范围变更', '投诉举报线索', '曾被列入经营异常名录'])}（${dateOf(changed)}）` : null,
  };
}

/** Column name → SQL element type, in load order (createdAt/updatedAt are added by the loader). */
const COLUMNS: [string, string][] = [
  ['uscc', 'text'],
  ['name', 'text'],
  ['type', 'text'],
  ['district', 'text'],
  ['address', 'text'],
  ['lines', 'text'],
  ['status', 'text'],
  ['changedOn', 'date'],
  ['recordedOn', 'date'],
  ['establishedOn', 'date'],
  ['legalRep', 'text'],
  ['phone', 'text'],
  ['email', 'text'],
  ['employees', 'int4'],
  ['registeredCapital', 'numeric'],
  ['industry', 'text'],
  ['riskLevel', 'text'],
  ['creditRating', 'text'],
  ['lastInspectedOn', 'date'],
  ['remarks', 'text'],
  ['createdAt', 'timestamptz'],
  ['updatedAt', 'timestamptz'],
];
const q = (c: string) => `"${c}"`;
const INSERT_SQL = `INSERT INTO ${BENCH_TABLE} (${COLUMNS.map(([c]) => q(c)).join(', ')})
  SELECT ${COLUMNS.map(([c]) => (c === 'lines' ? `u.${q(c)}::text[]` : `u.${q(c)}`)).join(', ')}
    FROM unnest(${COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')}) AS u(${COLUMNS.map(([c]) => q(c)).join(', ')})`;

export interface GenerateTimes {
  rows: number;
  loadMs: number;
  indexMs: number;
  analyzeMs: number;
}

/**
 * Creates the bench table, loads `rows` entities in batches, builds the indexes, then VACUUM ANALYZE (ANALYZE for the planner; VACUUM sets the visibility map that autovacuum would have set on a
 * live server, so counts can be index-only).
 */
export async function generate(
  db: Db,
  rows: number,
  { seed = DEFAULT_SEED, batch = 5_000, log = (_: string) => {} }: { seed?: number; batch?: number; log?: (msg: string) => void } = {},
): Promise<GenerateTimes> {
  await db.exec(BENCH_TABLE_SQL);
  const r = prng(seed);
  const created = Date.UTC(2026, 0, 5);
  let t0 = performance.now();
  for (let start = 0; start < rows; start += batch) {
    const n = Math.min(batch, rows - start);
    const cols: unknown[][] = COLUMNS.map(() => new Array(n));
    for (let k = 0; k < n; k++) {
      const e = makeEntity(r, start + k + 1);
      const at = new Date(created + (start + k) * 1000).toISOString();
      const rec: Record<string, unknown> = { ...e, lines: `{${e.lines.join(',')}}`, createdAt: at, updatedAt: at };
      for (let c = 0; c < COLUMNS.length; c++) cols[c][k] = rec[COLUMNS[c][0]];
    }
    await db.query(INSERT_SQL, cols);
    if ((start / batch) % 20 === 19) log(`  loaded ${start + n} / ${rows} rows (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  for (const sql of BENCH_INDEXES) await db.exec(sql);
  const indexMs = performance.now() - t0;
  t0 = performance.now();
  await db.exec(`VACUUM (ANALYZE) ${BENCH_TABLE}`);
  const analyzeMs = performance.now() - t0;
  log(`  ${rows} rows: load ${(loadMs / 1000).toFixed(1)} s, indexes ${(indexMs / 1000).toFixed(1)} s, vacuum analyze ${(analyzeMs / 1000).toFixed(1)} s`);
  return { rows, loadMs, indexMs, analyzeMs };
}

/** A fresh database made ready for the bench: migrations, db.json (the admin account), bench table and rows. */
export async function prepareDatabase(db: Db, rows: number, opts: { seed?: number; log?: (msg: string) => void } = {}): Promise<GenerateTimes> {
  await migrate(db);
  // Only the organisation and its accounts (the admin logs in): the bench needs no other demo data, and this keeps
  // it independent of resources being added to db.json.
  const data = Object.fromEntries(Object.entries(readDataSet(path.resolve('db.json'))).filter(([k]) => ORGANISATION.includes(k)));
  await importDataSet(db, data, new Date('2026-01-05T00:00:00.000Z'));
  return generate(db, rows, opts);
}

async function main() {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1]);
  const rows = Number(args.get('rows') ?? 10_000);
  const seed = Number(args.get('seed') ?? DEFAULT_SEED);
  const url = args.get('database-url');
  const dataDir = args.get('data-dir');
  if (!Number.isInteger(rows) || rows < 1 || (!url && !dataDir)) {
    console.error('usage: tsx test/bench/generate.ts --rows N [--seed S] (--data-dir DIR | --database-url URL)');
    process.exit(2);
  }
  let db: Db;
  if (url) {
    const { openPostgres } = await import('../../api/store/postgres.js');
    db = await openPostgres(url, 2);
  } else {
    if (fs.existsSync(path.join(dataDir!, 'pgdata'))) throw new Error(`${dataDir} already holds a database; give a new directory`);
    const { openPglite } = await import('../../api/store/pglite.js');
    db = await openPglite({ dataDir });
  }
  try {
    await prepareDatabase(db, rows, { seed, log: console.log });
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

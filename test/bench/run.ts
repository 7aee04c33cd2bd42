/**
 * API benchmark: list / `q` / write latency over real HTTP for a wide resource at several sizes, on PGlite and on
 * PostgreSQL. Not a test: it measures, prints a table and writes test/bench/RESULTS.md.
 *
 *   npm run bench -- [--sizes 10000,100000,500000] [--engines pglite,postgres] [--samples 300] [--warmup 30]
 *                    [--extra-samples 200] [--seed 2026] [--keep] [--fresh] [--wait-idle 120] [--proposal-only] [--out test/bench/RESULTS.md]
 *
 * For each engine × size: a fresh database (PGlite: a new data dir under .bench-data/; PostgreSQL: a new database
 * on the server of DATABASE_URL, else on the one at 127.0.0.1:55432, else one started with `.ci/pg.sh start`),
 * migrations, db.json, the bench table, N generated rows (generate.ts), EXPLAIN ANALYZE of the SQL the router
 * builds (kept in .bench-data/plans/), then `createApp` in a child process (serve.ts) on a free port, a login as
 * admin, warm-up, and sequential requests with fetch. Results merge into .bench-data/results.json (--fresh starts
 * over), from which RESULTS.md is rendered; anything below the notes marker in RESULTS.md is kept.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Db } from '../../api/store/db.js';
import { openPglite } from '../../api/store/pglite.js';
import { openPostgres } from '../../api/store/postgres.js';
import { Store } from '../../api/store/store.js';
import { and } from '../../api/store/sql.js';
import { compileResource } from '../../api/rest/router.js';
import { parseFilter, parseRange, parseSort } from '../../api/rest/query.js';
import { rulesToSql } from '../../api/permissions/sql.js';
import { buildAbility, defineRulesFor } from '../../api/permissions/rules.js';
import { DEFAULT_SEED, makeEntity, prepareDatabase, prng, type GenerateTimes, type Rng } from './generate.js';
import { BENCH_TABLE, benchEntities, DISTRICTS, ENTITY_TYPES } from './wide-resource.js';
import { COUNT_CAP, PROPOSAL_SQL, ProposedStore, proposedBenchEntities } from './proposal.js';

// ---------------------------------------------------------------- options

function parseArgs(argv: string[]) {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, inline] = a.slice(2).split('=', 2);
    if (['keep', 'fresh', 'proposal-only'].includes(k)) flags.add(k);
    else values.set(k, inline ?? argv[++i]);
  }
  const list = (k: string, d: string) =>
    (values.get(k) ?? d)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const opts = {
    sizes: list('sizes', '10000,100000,500000').map((s) => Number(s.replace(/k$/i, '000'))),
    engines: list('engines', 'pglite,postgres') as ('pglite' | 'postgres')[],
    samples: Number(values.get('samples') ?? 300),
    /** For the rows beyond the issue's list (some take seconds each at 500k). */
    extraSamples: Number(values.get('extra-samples') ?? 200),
    warmup: Number(values.get('warmup') ?? 30),
    seed: Number(values.get('seed') ?? DEFAULT_SEED),
    out: values.get('out') ?? 'test/bench/RESULTS.md',
    keep: flags.has('keep'),
    /** Measure only the proposal server; the current-API rows already recorded for an engine × size are kept. */
    proposalOnly: flags.has('proposal-only'),
    /** Wait up to this many seconds for the machine to go quiet (other processes' CPU) before measuring. */
    waitIdle: Number(values.get('wait-idle') ?? 120),
    fresh: flags.has('fresh'),
  };
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('--sizes: integers ≥ 100');
  if (opts.engines.some((e) => e !== 'pglite' && e !== 'postgres')) throw new Error('--engines: pglite,postgres');
  if (!(opts.samples >= 1)) throw new Error('--samples: ≥ 1');
  return opts;
}
type Options = ReturnType<typeof parseArgs>;

const BENCH_DIR = path.resolve('.bench-data');
const RESULTS_JSON = path.join(BENCH_DIR, 'results.json');
const PLANS_DIR = path.join(BENCH_DIR, 'plans');
const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:55432/postgres';
const NOTES_MARKER = '<!-- notes: everything below this line is kept when run.ts rewrites the file -->';
const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

// ---------------------------------------------------------------- scenarios

/** Name fragments for `q`: common ones hit ~5–50 % of names, rare ones a handful in 500k (see generate.ts). */
const Q_COMMON = ['科技', '商贸', '有限公'];
const Q_RARE = ['鑫瑞', '澄宁', '诺泰物'];

interface Scenario {
  id: string;
  label: string;
  /** p95 target in ms (the issue's targets are stated at 500k; every size is marked against them). */
  target?: number;
  /** Not one of the issue's rows: measured for the record. */
  extra?: boolean;
}

const SCENARIOS: Scenario[] = [
  { id: 'list', label: 'list: filter {district,type}, sort name, page of 25 + count', target: 50 },
  { id: 'q-common', label: `q common (${Q_COMMON.join('/')}) + filter + sort`, target: 100 },
  { id: 'q-rare', label: `q rare (${Q_RARE.join('/')}) + filter + sort`, target: 100 },
  { id: 'q-common-nofilter', label: `q common, no filter (search box alone)`, target: 100, extra: true },
  { id: 'q-rare-nofilter', label: `q rare, no filter (search box alone)`, target: 100, extra: true },
  { id: 'put', label: 'write: PUT one record (with version)', target: 20 },
  { id: 'post', label: 'write: POST create', target: 20 },
  { id: 'mixed-read', label: 'list reads while another client streams writes', target: 50 },
  { id: 'mixed-write', label: '(the concurrent writes: PUT/POST alternating)', extra: true },
  // The second server, with proposal.ts's changes (after its schema change), on the same data.
  { id: 'p-list', label: 'PROPOSAL: list', target: 50, extra: true },
  { id: 'p-q-common', label: 'PROPOSAL: q common + filter + sort', target: 100, extra: true },
  { id: 'p-q-rare', label: 'PROPOSAL: q rare + filter + sort', target: 100, extra: true },
  { id: 'p-q-common-nofilter', label: 'PROPOSAL: q common, no filter', target: 100, extra: true },
  { id: 'p-q-rare-nofilter', label: 'PROPOSAL: q rare, no filter', target: 100, extra: true },
  { id: 'p-put', label: 'PROPOSAL: write: PUT', target: 20, extra: true },
  { id: 'p-post', label: 'PROPOSAL: write: POST', target: 20, extra: true },
];
const READS = ['list', 'q-common', 'q-rare', 'q-common-nofilter', 'q-rare-nofilter'];

const listQuery = (filter: Record<string, unknown>) =>
  `/api/${BENCH_TABLE}?` + new URLSearchParams({ sort: JSON.stringify(['name', 'ASC']), range: JSON.stringify([0, 24]), filter: JSON.stringify(filter) });

const randomCombo = (r: Rng) => ({ district: DISTRICTS[Math.floor(r() * DISTRICTS.length)], type: ENTITY_TYPES[Math.floor(r() * ENTITY_TYPES.length)] });

function filterFor(id: string, r: Rng, i: number): Record<string, unknown> {
  if (id.startsWith('p-')) {
    // The same request, with the proposed search (proposal.ts, filter key `qx`) in place of `q`.
    const { q, ...rest } = filterFor(id.slice(2), r, i);
    return q === undefined ? rest : { ...rest, qx: q };
  }
  switch (id) {
    case 'list':
    case 'mixed-read':
      return randomCombo(r);
    case 'q-common':
      return { ...randomCombo(r), q: Q_COMMON[i % Q_COMMON.length] };
    case 'q-rare':
      return { ...randomCombo(r), q: Q_RARE[i % Q_RARE.length] };
    case 'q-common-nofilter':
      return { q: Q_COMMON[i % Q_COMMON.length] };
    case 'q-rare-nofilter':
      return { q: Q_RARE[i % Q_RARE.length] };
    default:
      throw new Error(id);
  }
}

// ---------------------------------------------------------------- HTTP client

class Client {
  constructor(
    readonly base: string,
    private cookie = '',
  ) {}

  async login() {
    const res = await fetch(`${this.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Demo#2026' }),
    });
    if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
    this.cookie = res.headers.get('set-cookie')!.split(';')[0];
  }

  /** One request; `ms` covers sending it and reading the whole body. */
  async req(method: string, url: string, body?: unknown): Promise<{ status: number; ms: number; json: unknown; range: string | null }> {
    const headers: Record<string, string> = { Cookie: this.cookie, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const t0 = performance.now();
    const res = await fetch(this.base + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    const ms = performance.now() - t0;
    return { status: res.status, ms, json: text ? JSON.parse(text) : null, range: res.headers.get('content-range') };
  }
}

function expect(res: { status: number; json: unknown }, status: number, what: string) {
  if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.json)}`);
}

// ---------------------------------------------------------------- measuring

interface Row {
  scenario: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Mean Content-Range total of the list answers (how many records matched). */
  meanTotal?: number;
  note?: string;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

function summarize(scenario: string, ms: number[], totals: number[] = [], note?: string): Row {
  const s = [...ms].sort((a, b) => a - b);
  return {
    scenario,
    n: s.length,
    p50: pct(s, 0.5),
    p95: pct(s, 0.95),
    p99: pct(s, 0.99),
    max: s[s.length - 1],
    meanTotal: totals.length ? Math.round(totals.reduce((a, b) => a + b, 0) / totals.length) : undefined,
    note,
  };
}

const totalOf = (range: string | null) => {
  const m = range?.match(/ (\d+)-(\d+)\/(\d+)$/);
  if (!m) throw new Error(`bad Content-Range: ${range}`);
  return Number(m[3]);
};

class Workload {
  constructor(
    readonly client: Client,
    readonly size: number,
    readonly r: Rng,
    /** USCC serials for created entities start here (past the generated ones, so they stay unique). */
    private serial = size + 1,
  ) {}

  async list(id: string, i: number) {
    const res = await this.client.req('GET', listQuery(filterFor(id, this.r, i)));
    expect(res, 200, id);
    return { ms: res.ms, total: totalOf(res.range) };
  }

  /** react-admin's edit: the record as read (untimed), changed, sent back whole with its version. */
  async put(i: number) {
    const id = 1 + Math.floor(this.r() * this.size);
    const got = await this.client.req('GET', `/api/${BENCH_TABLE}/${id}`);
    expect(got, 200, 'get');
    const record = got.json as { employees: number };
    const body = { ...record, employees: record.employees + 1, phone: `0532-8${String(i % 10_000_000).padStart(7, '0')}`, remarks: `bench update ${i}` };
    const res = await this.client.req('PUT', `/api/${BENCH_TABLE}/${id}`, body);
    expect(res, 200, 'put');
    return res.ms;
  }

  async post() {
    const serial = this.serial++;
    const body = makeEntity(this.r, serial);
    const res = await this.client.req('POST', `/api/${BENCH_TABLE}`, body);
    expect(res, 201, 'post');
    return res.ms;
  }
}

/** Share of the machine's CPU time spent busy over `ms` (from /proc/stat; 0 where it is unavailable). */
async function cpuBusy(ms: number): Promise<number> {
  const read = () => {
    try {
      const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return { idle: 0, total: 0 };
    }
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : 0;
}

/** Other work on the machine skews latencies: wait (up to `seconds`) for a quiet moment — under 25 % CPU busy. */
async function waitIdle(seconds: number) {
  const until = Date.now() + seconds * 1000;
  let busy = await cpuBusy(2000);
  while (busy >= 0.25 && Date.now() < until) busy = await cpuBusy(2000);
  if (busy >= 0.25) log(`  machine busy (${Math.round(busy * 100)} % CPU by other work); measuring anyway`);
}

const loads: number[] = [];
const sampleLoad = () => loads.push(os.loadavg()[0]);

async function measure(base: string, size: number, opts: Options, proposal = false): Promise<Row[]> {
  await waitIdle(opts.waitIdle);
  const loadTimer = setInterval(sampleLoad, 5000);
  sampleLoad();
  try {
    return await measureNow(base, size, opts, proposal);
  } finally {
    clearInterval(loadTimer);
    sampleLoad();
  }
}

async function measureNow(base: string, size: number, opts: Options, proposal = false): Promise<Row[]> {
  const client = new Client(base);
  await client.login();
  const w = new Workload(client, size, prng(opts.seed + size), proposal ? size + 2_000_000 : size + 1);
  const rows: Row[] = [];
  const readIds = proposal ? READS.map((id) => `p-${id}`) : READS;
  const samplesOf = (id: string) => (scenarioOf(id).extra && !proposal ? opts.extraSamples : opts.samples);
  for (const id of readIds) for (let i = 0; i < (scenarioOf(id).extra && !proposal ? Math.min(5, opts.warmup) : opts.warmup); i++) await w.list(id, i);
  for (let i = 0; i < opts.warmup; i++) await w.put(i);
  for (let i = 0; i < opts.warmup; i++) await w.post();

  for (const id of readIds) {
    const ms: number[] = [];
    const totals: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < samplesOf(id); i++) {
      const x = await w.list(id, i);
      ms.push(x.ms);
      totals.push(x.total);
    }
    rows.push(summarize(id, ms, totals));
    log(`  ${id}: p95 ${fmt(rows.at(-1)!.p95)} ms (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  {
    const ms: number[] = [];
    for (let i = 0; i < opts.samples; i++) ms.push(await w.put(i));
    rows.push(summarize(proposal ? 'p-put' : 'put', ms));
  }
  {
    const ms: number[] = [];
    for (let i = 0; i < opts.samples; i++) ms.push(await w.post());
    rows.push(summarize(proposal ? 'p-post' : 'post', ms));
  }
  log(`  writes: PUT p95 ${fmt(rows.at(-2)!.p95)} ms, POST p95 ${fmt(rows.at(-1)!.p95)} ms`);
  if (proposal) return rows;

  // Reads while a second client (its own session and connection) streams writes back to back.
  const writerClient = new Client(base);
  await writerClient.login();
  const writer = new Workload(writerClient, size, prng(opts.seed + size + 1), size + 1_000_000);
  let stop = false;
  const writeMs: number[] = [];
  const writerDone = (async () => {
    for (let i = 0; !stop; i++) writeMs.push(i % 2 ? await writer.post() : await writer.put(100_000 + i));
  })();
  await new Promise((r) => setTimeout(r, 200));
  const readMs: number[] = [];
  const totals: number[] = [];
  const t0 = performance.now();
  const before = writeMs.length;
  for (let i = 0; i < opts.samples; i++) {
    const x = await w.list('mixed-read', i);
    readMs.push(x.ms);
    totals.push(x.total);
  }
  const secs = (performance.now() - t0) / 1000;
  const writes = writeMs.length - before;
  stop = true;
  await writerDone;
  rows.push(summarize('mixed-read', readMs, totals, `${Math.round(writes / secs)} writes/s alongside`));
  rows.push(summarize('mixed-write', writeMs, [], `${writeMs.length} writes`));
  log(`  reads under writes: p95 ${fmt(rows.at(-2)!.p95)} ms, ${Math.round(writes / secs)} writes/s`);
  return rows;
}

// ---------------------------------------------------------------- EXPLAIN of the router's SQL

/** The SQL the router runs for a list request, captured from Store.list itself (admin's scope). */
async function routerSql(filter: Record<string, unknown>, proposal = false): Promise<{ text: string; values: unknown[] }[]> {
  const def = proposal ? proposedBenchEntities : benchEntities;
  const res = compileResource(def);
  const { where } = parseFilter(JSON.stringify(filter), { kinds: res.kinds, search: def.search ?? [], custom: def.customFilters });
  const sort = parseSort(JSON.stringify(['name', 'ASC']), res.kinds, ['id', 'ASC']);
  const range = parseRange(JSON.stringify([0, 24]));
  const ability = buildAbility(defineRulesFor({ id: 1, role: 'admin', unitId: 1, unitLevel: 'city', unitCode: '370200', departmentId: null, lineId: null }));
  const scope = rulesToSql(ability, 'read', benchEntities.subject, new Set(Object.keys(res.kinds)));
  const captured: { text: string; values: unknown[] }[] = [];
  // Answers as if every page were full and every count above the cap, so that every query of list() shows.
  const recorder = {
    kind: 'pglite',
    query: async (text: string, values: unknown[] = []) => {
      if (text.startsWith('EXPLAIN')) return [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': 1 } }] }];
      captured.push({ text, values });
      return Array.from({ length: 25 }, () => ({ n: COUNT_CAP + 1 }));
    },
  } as unknown as Db;
  await (proposal ? new ProposedStore(recorder) : new Store(recorder)).list(res.spec, { where: and([scope, where]), sort, range });
  return captured;
}

async function explainAll(db: Db, engine: string, size: number, proposal = false) {
  const big = { district: '370211', type: 'enterprise' };
  const cases: [string, Record<string, unknown>][] = [
    ['list (largest combo)', big],
    ['list (small combo)', { district: '370285', type: 'foundation' }],
    ['q common + filter', { ...big, q: '科技' }],
    ['q common 3 chars + filter', { ...big, q: '有限公' }],
    ['q rare + filter', { ...big, q: '鑫瑞' }],
    ['q rare 3 chars + filter', { ...big, q: '诺泰物' }],
    ['q common, no filter', { q: '科技' }],
    ['q common 3 chars, no filter', { q: '有限公' }],
    ['q rare, no filter', { q: '鑫瑞' }],
    ['q rare 3 chars, no filter', { q: '诺泰物' }],
  ];
  const proposalCases: [string, Record<string, unknown>][] = [
    ['list (largest combo)', big],
    ['q common + filter', { ...big, qx: '科技' }],
    ['q common 3 chars + filter', { ...big, qx: '有限公' }],
    ['q rare + filter', { ...big, qx: '鑫瑞' }],
    ['q common, no filter', { qx: '科技' }],
    ['q common 3 chars, no filter', { qx: '有限公' }],
    ['q rare, no filter', { qx: '鑫瑞' }],
    ['q rare 3 chars, no filter', { qx: '诺泰物' }],
  ];
  if (proposal) cases.splice(0, cases.length, ...proposalCases);
  let out = `# EXPLAIN (ANALYZE, BUFFERS) of the ${proposal ? 'PROPOSED (proposal.ts)' : "router's"} list SQL — ${engine}, ${size} rows, ${new Date().toISOString()}\n`;
  const explain = async (q: { query: Db['query'] }, name: string, filter: Record<string, unknown>) => {
    for (const { text, values } of await routerSql(filter, proposal)) {
      await q.query(`EXPLAIN ANALYZE ${text}`, values); // warm
      const plan = await q.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      out += `\n## ${name}\n${text}\n-- ${JSON.stringify(values)}\n${plan.map((p) => Object.values(p)[0]).join('\n')}\n`;
    }
  };
  for (const [name, filter] of cases) await explain(db, name, filter);
  if (!proposal) await explainWithoutUsccTrigram();
  fs.mkdirSync(PLANS_DIR, { recursive: true });
  const file = path.join(PLANS_DIR, `${engine}-${size}${proposal ? '-proposal' : ''}.txt`);
  fs.writeFileSync(file, out);
  log(`  plans written to ${path.relative(process.cwd(), file)}`);

  async function explainWithoutUsccTrigram() {
    // The real `entities` table (migration 2) has a trigram index on name only, while its `q` also searches uscc:
    // the same query with this table's uscc trigram index dropped (rolled back) shows what that costs.
    const rollback = new Error('rollback');
    await db
      .transaction(async (tx) => {
        await tx.query(`DROP INDEX ${BENCH_TABLE}_uscc_trgm`);
        await explain(tx, 'without a trigram index on uscc (as the real entities table): q rare 3 chars, no filter', { q: '诺泰物' });
        throw rollback;
      })
      .catch((err) => {
        if (err !== rollback) throw err;
      });
  }
}

// ---------------------------------------------------------------- engines

interface Target {
  /** Env for serve.ts. */
  env: Record<string, string>;
  open(): Promise<Db>;
  dispose(): Promise<void>;
}

const withDb = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

async function reachable(url: string) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

let startedPg = false;
async function postgresServer(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (await reachable(DEFAULT_PG_URL)) return DEFAULT_PG_URL;
  log('starting PostgreSQL with .ci/pg.sh start');
  const url = execFileSync('bash', ['.ci/pg.sh', 'start'], { encoding: 'utf8' }).trim().split('\n').pop()!;
  startedPg = true;
  return url;
}

async function freshTarget(engine: 'pglite' | 'postgres', size: number, keep: boolean): Promise<Target> {
  if (engine === 'pglite') {
    const dataDir = path.join(BENCH_DIR, `pglite-${size}-${process.pid}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    return {
      env: { BENCH_ENGINE: 'pglite', BENCH_DATA_DIR: dataDir },
      open: () => openPglite({ dataDir }),
      dispose: async () => {
        if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const server = await postgresServer();
  const name = `qd_bench_${size}_${process.pid}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  const url = withDb(server, name);
  return {
    env: { BENCH_ENGINE: 'postgres', BENCH_DATABASE_URL: url },
    open: () => openPostgres(url, 2),
    dispose: async () => {
      if (!keep) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function startServer(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const child = fork(path.resolve('test/bench/serve.ts'), [], {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

// ---------------------------------------------------------------- results

interface RunResult {
  engine: string;
  size: number;
  date: string;
  engineVersion: string;
  gen: GenerateTimes & { totalBytes: number; proposalMs?: number };
  /** 1-minute load average while measuring: [min, max]. */
  load?: [number, number];
  rows: Row[];
}

interface Env {
  nproc: number;
  cpu: string;
  memGb: number;
  node: string;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const scenarioOf = (id: string) => SCENARIOS.find((s) => s.id === id)!;
const verdict = (row: Row) => {
  const s = scenarioOf(row.scenario);
  if (s.target === undefined) return '';
  return row.p95 <= s.target ? '✅ met' : '❌ missed';
};

function resultsTable(runs: RunResult[]): string {
  const lines = [
    '| engine | records | scenario | samples | p50 ms | p95 ms | p99 ms | max ms | matched (mean) | target p95 | |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const run of runs) {
    for (const row of run.rows) {
      const s = scenarioOf(row.scenario);
      const label = `${s.extra ? '*' : ''}${s.label}${row.note ? ` — ${row.note}` : ''}`;
      lines.push(
        `| ${run.engine} | ${run.size.toLocaleString('en')} | ${label} | ${row.n} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.p99)} | ${fmt(row.max)} | ${row.meanTotal ?? ''} | ${s.target !== undefined ? `≤ ${s.target}` : ''} | ${verdict(row)} |`,
      );
    }
  }
  return lines.join('\n');
}

function genTable(runs: RunResult[]): string {
  const lines = [
    '| engine | version | records | load s | indexes s | vacuum analyze s | table + indexes | proposal schema change s | measured on | load avg while measuring |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.engine} | ${r.engineVersion} | ${r.size.toLocaleString('en')} | ${(r.gen.loadMs / 1000).toFixed(1)} | ${(r.gen.indexMs / 1000).toFixed(1)} | ${(r.gen.analyzeMs / 1000).toFixed(1)} | ${(r.gen.totalBytes / 2 ** 20).toFixed(0)} MB | ${r.gen.proposalMs === undefined ? '' : (r.gen.proposalMs / 1000).toFixed(1)} | ${r.date} | ${r.load ? `${r.load[0].toFixed(1)}–${r.load[1].toFixed(1)}` : ''} |`,
    );
  }
  return lines.join('\n');
}

function summary(runs: RunResult[]): string {
  const out: string[] = [];
  for (const run of runs.filter((r) => r.size >= 500_000)) {
    const issueRows = run.rows.filter((r) => !scenarioOf(r.scenario).extra && scenarioOf(r.scenario).target !== undefined);
    const missed = issueRows.filter((r) => r.p95 > scenarioOf(r.scenario).target!);
    out.push(
      `- **${run.engine}, ${run.size.toLocaleString('en')} records**: ${missed.length === 0 ? 'every target met' : `missed: ${missed.map((r) => `${scenarioOf(r.scenario).label} (p95 ${fmt(r.p95)} ms > ${scenarioOf(r.scenario).target} ms)`).join('; ')}`}` +
        (() => {
          const extraMissed = run.rows.filter(
            (r) => scenarioOf(r.scenario).extra && scenarioOf(r.scenario).target !== undefined && r.p95 > scenarioOf(r.scenario).target!,
          );
          return extraMissed.length
            ? `; beyond the issue's rows: ${extraMissed.map((r) => `${scenarioOf(r.scenario).label} p95 ${fmt(r.p95)} ms`).join('; ')}`
            : '';
        })(),
    );
  }
  return out.length ? out.join('\n') : '- no 500k run recorded yet';
}

function render(runs: RunResult[], env: Env, previous: string | null): string {
  const notes = previous?.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER) + NOTES_MARKER.length) : '\n';
  return `# Benchmark results — wide resource over the HTTP API

Written by \`npm run bench\` (test/bench/run.ts); the data is generated by test/bench/generate.ts (seeded, not committed).
Machine: ${env.nproc} cores (\`nproc\`), ${env.cpu}, ${env.memGb} GB RAM, Node ${env.node}.

How: one engine × size at a time, a fresh database, N rows of \`${BENCH_TABLE}\` (20 fields + META, the indexes of
wide-resource.ts, VACUUM ANALYZE after the load); \`createApp\` with the real resources plus the bench resource
runs in a child process on a free port; the benchmark process logs in as admin (session cookie) and sends
sequential requests with fetch (keep-alive), timing each from sending to the last byte of the body. Lists are
\`range=[0,24]\`, \`sort=["name","ASC"]\`, \`filter={"district":…,"type":…}\` with values drawn at random over the
10 × 8 combinations (Content-Range count included); \`q\` adds a name fragment (\`name ILIKE\` or \`uscc ILIKE\`).
PUT sends back a record read just before (untimed) with its \`version\`; POST creates a new entity. "Reads while
writing": a second client with its own session writes back to back (PUT and POST alternating) while the first
one lists. Then the same data is served a second time with the changes test/bench/proposal.ts proposes
(rows "PROPOSAL: …": a count that is skipped for a short first page and capped at ${COUNT_CAP.toLocaleString('en')} above which
the planner's estimate is used; \`q\` with LIKE for caseless fragments, uscc only for code-like fragments, and a
bigram GIN index for two-character fragments). Targets are p95 at 500k; smaller sizes are marked against the same numbers. Rows marked * are
measured beyond the issue's list. "matched (mean)" is the mean Content-Range total.

## Results

${resultsTable(runs)}

## Data generation

${genTable(runs)}

## Targets at 500k records

${summary(runs)}

${NOTES_MARKER}${notes}`;
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const env: Env = {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  let runs: RunResult[] = !opts.fresh && fs.existsSync(RESULTS_JSON) ? JSON.parse(fs.readFileSync(RESULTS_JSON, 'utf8')).runs : [];
  // Rows of scenarios this version no longer has are dropped.
  runs = runs.map((r) => ({ ...r, rows: r.rows.filter((row) => SCENARIOS.some((s) => s.id === row.scenario)) }));
  log(`engines ${opts.engines.join(',')} × sizes ${opts.sizes.join(',')}, ${opts.samples} samples each, ${env.nproc} cores, Node ${env.node}`);
  try {
    for (const engine of opts.engines) {
      for (const size of opts.sizes) {
        log(`${engine}, ${size} rows: preparing a fresh database`);
        const target = await freshTarget(engine, size, opts.keep);
        let child: ChildProcess | undefined;
        try {
          const db = await target.open();
          let gen: GenerateTimes & { proposalMs?: number };
          let engineVersion: string;
          let totalBytes: number;
          try {
            gen = await prepareDatabase(db, size, { seed: opts.seed, log });
            const [v] = await db.query<{ v: string }>(`SELECT split_part(version(), ' ', 2) AS v`);
            engineVersion =
              engine === 'pglite'
                ? `PGlite ${JSON.parse(fs.readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')).version} (PostgreSQL ${v.v})`
                : `PostgreSQL ${v.v}`;
            [{ totalBytes }] = await db.query<{ totalBytes: number }>(`SELECT pg_total_relation_size('${BENCH_TABLE}')::int8 AS "totalBytes"`);
            await explainAll(db, engine, size);
          } finally {
            await db.close();
          }
          const rows: Row[] = [];
          loads.length = 0;
          if (!opts.proposalOnly) {
            const server = await startServer(target.env);
            child = server.child;
            log(`  server on ${server.base}; measuring the API as it is`);
            rows.push(...(await measure(server.base, size, opts)));
            await stopServer(child);
            child = undefined;
          }

          log('  applying the proposal (proposal.ts): bigram column and index');
          const db2 = await target.open();
          const t0 = performance.now();
          try {
            for (const sql of PROPOSAL_SQL) await db2.exec(sql);
            gen.proposalMs = performance.now() - t0;
            await explainAll(db2, engine, size, true);
          } finally {
            await db2.close();
          }
          const server2 = await startServer({ ...target.env, BENCH_PROPOSAL: '1' });
          child = server2.child;
          log(`  proposal server on ${server2.base}; measuring`);
          rows.push(...(await measure(server2.base, size, opts, true)));
          const run: RunResult = {
            engine,
            size,
            date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
            engineVersion,
            gen: { ...gen, totalBytes },
            rows,
            load: [Math.min(...loads), Math.max(...loads)],
          };
          const earlier = runs.find((r) => r.engine === engine && r.size === size);
          if (earlier) run.rows = [...earlier.rows.filter((r) => !rows.some((n) => n.scenario === r.scenario)), ...rows];
          if (earlier && opts.proposalOnly) run.load = [Math.min(run.load![0], earlier.load?.[0] ?? Infinity), Math.max(run.load![1], earlier.load?.[1] ?? 0)];
          runs = [...runs.filter((r) => !(r.engine === engine && r.size === size)), run].sort((a, b) => a.engine.localeCompare(b.engine) || a.size - b.size);
          fs.writeFileSync(RESULTS_JSON, JSON.stringify({ env, runs }, null, 2));
          const previous = fs.existsSync(opts.out) ? fs.readFileSync(opts.out, 'utf8') : null;
          fs.writeFileSync(opts.out, render(runs, env, previous));
          console.log('\n' + resultsTable([run]) + '\n');
        } finally {
          if (child) await stopServer(child);
          await target.dispose();
        }
      }
    }
  } finally {
    if (startedPg) execFileSync('bash', ['.ci/pg.sh', 'stop']);
  }
  console.log('\n' + resultsTable(runs) + '\n\n' + summary(runs));
  log(`written ${opts.out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

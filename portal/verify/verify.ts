/**
 * A browser verifier for a QD-DRAW-2 record (/work/shared/DRAW-SPEC.md), written from the spec alone: it shares no
 * code with the server's draw. Each step recomputes one part of the record and says what it expected and found.
 */
import type { Sha256 } from './sha256';

export type StepId = 'record' | 'seed' | 'commitment' | 'poolHash' | 'inspectorPoolHash' | 'quotas' | 'selection' | 'teams' | 'replacements';

export interface StepResult {
  id: StepId;
  label: string;
  passed: boolean;
  /** What the spec gives, and what the record holds, when they differ (or the value checked when they agree). */
  expected?: string;
  found?: string;
  detail?: string;
}

export interface Pooled {
  id: string;
  stratum: string;
}
export interface Inspector {
  id: string;
  strata: string[];
}
export interface Replacement {
  entityId: string;
  replaced: string;
  replacement: string;
  n: number;
  loads: Record<string, number>;
  excluded: string[];
}
export interface VerifiableRecord {
  algorithm: string;
  kind: 'full' | 'entities' | 'team';
  taskCode: string;
  nonce: string;
  publicSource: string;
  seed: string;
  commitment?: string;
  inspectorPoolHash?: string;
  committedAt?: string;
  publicSourceDate?: string;
  pool: Pooled[];
  poolHash: string;
  ratioBp?: number;
  count?: number;
  quotas: Record<string, number>;
  selected: string[];
  teamSize: number;
  inspectorPool: Inspector[];
  exclusions: [string, string][];
  teams: Record<string, string[]>;
  replacements: Replacement[];
}

export type Progress = (step: StepId, done: number, total: number) => void;

const LABELS: Record<StepId, string> = {
  record: '记录格式',
  seed: '种子 (§1)',
  commitment: '事先承诺 (§1a)',
  poolHash: '名录哈希 (§2)',
  inspectorPoolHash: '检查人员名录哈希 (§1a)',
  quotas: '各层抽取数量 (§3)',
  selection: '抽中的检查对象 (§4)',
  teams: '检查组 (§5)',
  replacements: '人员调换 (§6)',
};

const ok = (id: StepId, detail?: string, value?: string): StepResult => ({ id, label: LABELS[id], passed: true, expected: value, found: value, detail });
const fail = (id: StepId, detail: string, expected?: string, found?: string): StepResult => ({ id, label: LABELS[id], passed: false, expected, found, detail });

/**
 * Unicode code point order (DRAW-SPEC "ascending"), without allocating: UTF-16 code units order strings by code
 * point except where a surrogate (a character above U+FFFF) meets a unit from U+E000–U+FFFF, which it must follow.
 */
export function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy && (sx ? y : x) >= 0xe000) return sx ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** u(s) from an already computed H(s): the first 13 hex digits as an integer. */
const uOf = (h: string): number => parseInt(h.slice(0, 13), 16);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Step 0: the record has the fields of §7 with the right types. */
export function checkShape(input: unknown): { result: StepResult; record?: VerifiableRecord } {
  const missing: string[] = [];
  if (!isObject(input)) return { result: fail('record', '不是一个 JSON 对象') };
  const r = input;
  if (r.algorithm !== 'QD-DRAW-2') return { result: fail('record', '算法不是 QD-DRAW-2', 'QD-DRAW-2', String(r.algorithm)) };
  for (const k of ['taskCode', 'nonce', 'publicSource', 'seed', 'poolHash']) if (typeof r[k] !== 'string') missing.push(k);
  if (!Array.isArray(r.pool) || !r.pool.every((p) => isObject(p) && typeof p.id === 'string' && typeof p.stratum === 'string')) missing.push('pool');
  if (!isStringArray(r.selected)) missing.push('selected');
  if (!isObject(r.quotas)) missing.push('quotas');
  if ((r.ratioBp === undefined) === (r.count === undefined)) missing.push('ratioBp | count');
  if (!Array.isArray(r.inspectorPool) || !r.inspectorPool.every((i) => isObject(i) && typeof i.id === 'string' && isStringArray(i.strata)))
    missing.push('inspectorPool');
  if (!Array.isArray(r.exclusions) || !r.exclusions.every((p) => isStringArray(p) && p.length === 2)) missing.push('exclusions');
  if (!isObject(r.teams) || !Object.values(r.teams).every(isStringArray)) missing.push('teams');
  if (!Array.isArray(r.replacements)) missing.push('replacements');
  if (!['full', 'entities', 'team'].includes(r.kind as string)) missing.push('kind');
  if (typeof r.teamSize !== 'number') missing.push('teamSize');
  if (missing.length) return { result: fail('record', `缺少或格式错误的字段：${missing.join('、')}`) };
  const record = input as unknown as VerifiableRecord;
  return { result: ok('record', `任务 ${record.taskCode}，候选 ${record.pool.length} 个，抽中 ${record.selected.length} 个`), record };
}

/** §1: seed = H("QD-DRAW-2|" + taskCode + "|" + nonce + "|" + publicSource). */
export async function checkSeed(r: VerifiableRecord, h: Sha256): Promise<StepResult> {
  const [seed] = await h.many([`QD-DRAW-2|${r.taskCode}|${r.nonce}|${r.publicSource}`]);
  if (!/^[0-9a-f]{64}$/.test(r.nonce)) return fail('seed', '随机数 nonce 应为 64 个十六进制字符', '64 个十六进制字符', r.nonce);
  return seed === r.seed ? ok('seed', undefined, seed) : fail('seed', '由任务编号、随机数和公开随机源算出的种子与记录不符', seed, r.seed);
}

const CHINA_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium', hour12: false });
/** An ISO moment as Qingdao's clock shows it (2026-11-20T02:00:00.000Z → 2026/11/20 10:00:00); anything else as is. */
const chinaTime = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : CHINA_TIME.format(new Date(iso)));

/** §1a: commitment = H("QD-DRAW-2-commit|" + taskCode + "|" + nonce), made before the public source's date. */
export async function checkCommitment(r: VerifiableRecord, h: Sha256): Promise<StepResult> {
  const [c] = await h.many([`QD-DRAW-2-commit|${r.taskCode}|${r.nonce}`]);
  if (c !== r.commitment) return fail('commitment', '随机数与事先公布的承诺值不符', c, r.commitment);
  if (r.committedAt && r.publicSourceDate && !(r.committedAt < r.publicSourceDate))
    return fail('commitment', '承诺时间不早于公开随机源的日期', `早于 ${r.publicSourceDate}`, r.committedAt);
  return ok('commitment', r.committedAt ? `承诺于 ${chinaTime(r.committedAt)}（北京时间）` : undefined, c);
}

/** §2: H of the ids sorted ascending, each `id \t stratum \n`. */
export async function checkPoolHash(r: VerifiableRecord, h: Sha256): Promise<StepResult> {
  const sorted = [...r.pool].sort((a, b) => byCodePoint(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) if (sorted[i].id === sorted[i - 1].id) return fail('poolHash', `名录中 ${sorted[i].id} 重复`);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i += 10_000)
    parts.push(
      sorted
        .slice(i, i + 10_000)
        .map((p) => `${p.id}\t${p.stratum}\n`)
        .join(''),
    );
  const got = await h.joined(parts);
  return got === r.poolHash ? ok('poolHash', undefined, got) : fail('poolHash', '公布的名录与其哈希值不符', got, r.poolHash);
}

/** §1a: inspectors sorted by id (`id \t strata sorted joined by "," \n`), then exclusions sorted (`x \t e \t i \n`). */
export async function checkInspectorPoolHash(r: VerifiableRecord, h: Sha256): Promise<StepResult> {
  const lines = [...r.inspectorPool].sort((a, b) => byCodePoint(a.id, b.id)).map((i) => `${i.id}\t${[...new Set(i.strata)].sort(byCodePoint).join(',')}\n`);
  const pairs = [...r.exclusions].sort((a, b) => byCodePoint(a[0], b[0]) || byCodePoint(a[1], b[1])).map(([e, i]) => `x\t${e}\t${i}\n`);
  const got = await h.joined([...lines, ...pairs]);
  return got === r.inspectorPoolHash
    ? ok('inspectorPoolHash', undefined, got)
    : fail('inspectorPoolHash', '检查人员名录或回避关系与承诺的哈希值不符', got, r.inspectorPoolHash);
}

const countStrata = (pool: Pooled[]): Map<string, number> => {
  const n = new Map<string, number>();
  for (const p of pool) n.set(p.stratum, (n.get(p.stratum) ?? 0) + 1);
  return n;
};

/** §3: by ratio (basis points, rounded up) or by count (Hamilton's largest remainder, ties by stratum name). */
export function expectedQuotas(pool: Pooled[], ratioBp: number | undefined, count: number | undefined): Record<string, number> {
  const n = countStrata(pool);
  const out: Record<string, number> = {};
  if (ratioBp !== undefined) {
    for (const [s, ns] of n) out[s] = Math.min(ns, Math.floor((ns * ratioBp + 9999) / 10000));
    return out;
  }
  const total = pool.length;
  const k = Math.min(count ?? 0, total);
  const rest: { s: string; rem: number }[] = [];
  let given = 0;
  for (const [s, ns] of n) {
    out[s] = Math.floor((k * ns) / total);
    given += out[s];
    rest.push({ s, rem: (k * ns) % total });
  }
  rest.sort((a, b) => b.rem - a.rem || byCodePoint(a.s, b.s));
  for (let i = 0; i < k - given; i++) out[rest[i].s] += 1;
  return out;
}

const describeQuotas = (q: Record<string, number>) =>
  Object.keys(q)
    .sort(byCodePoint)
    .map((s) => `${s} ${q[s]}`)
    .join('，');

export function checkQuotas(r: VerifiableRecord): StepResult {
  const want = expectedQuotas(r.pool, r.ratioBp, r.count);
  const strata = new Set([...Object.keys(want), ...Object.keys(r.quotas)]);
  const same = [...strata].every((s) => (want[s] ?? 0) === (r.quotas[s] ?? 0));
  const basis = r.ratioBp !== undefined ? `比例 ${r.ratioBp / 100}%` : `总数 ${r.count}`;
  return same
    ? ok('quotas', basis, describeQuotas(want))
    : fail('quotas', `按${basis}算出的各层数量与记录不符`, describeQuotas(want), describeQuotas(r.quotas));
}

/** u from a digest's bytes at `at`: its first 13 hex digits (52 bits) as an integer, as uOf reads them. */
const uAt = (d: Uint8Array, at: number): number =>
  d[at] * 2 ** 44 + d[at + 1] * 2 ** 36 + d[at + 2] * 2 ** 28 + d[at + 3] * 2 ** 20 + d[at + 4] * 2 ** 12 + d[at + 5] * 16 + (d[at + 6] >> 4);

/** Lowercase-hex order of two 32-byte digests in `d` (the order of their H strings). */
const compareDigests = (d: Uint8Array, a: number, b: number): number => {
  for (let k = 0; k < 32; k++) if (d[a * 32 + k] !== d[b * 32 + k]) return d[a * 32 + k] < d[b * 32 + k] ? -1 : 1;
  return 0;
};

const hexAt = (d: Uint8Array, i: number): string => Array.from(d.subarray(i * 32, i * 32 + 32), (x) => x.toString(16).padStart(2, '0')).join('');

/**
 * The q members lowest in `order`, which sorts first by `keys`: a numeric sort of the keys finds the q-th lowest,
 * and only the members at or below it (q, or a few more on a tie) go through the full comparison.
 */
function lowest(members: number[], q: number, keys: Float64Array, order: (a: number, b: number) => number): number[] {
  if (q <= 0) return [];
  if (q >= members.length) return [...members].sort(order);
  const bound = Float64Array.from(members, (i) => keys[i]).sort()[q - 1];
  return members
    .filter((i) => keys[i] <= bound)
    .sort(order)
    .slice(0, q);
}

/** §4: score = H(seed:id); per stratum the q lowest (ties id ascending), listed by ascending score. */
export async function expectedSelection(r: VerifiableRecord, h: Sha256, progress?: Progress): Promise<{ ids: string[]; scores: Map<string, string> }> {
  const n = r.pool.length;
  const digests = new Uint8Array(n * 32);
  const batch = 20_000;
  for (let i = 0; i < n; i += batch) {
    const end = Math.min(i + batch, n);
    digests.set(await h.digests(r.pool.slice(i, end).map((p) => `${r.seed}:${p.id}`)), i * 32);
    progress?.('selection', end, n);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = uAt(digests, i * 32);
  const order = (a: number, b: number) => keys[a] - keys[b] || compareDigests(digests, a, b) || byCodePoint(r.pool[a].id, r.pool[b].id);
  const byStratum = new Map<string, number[]>();
  r.pool.forEach((p, i) => {
    const list = byStratum.get(p.stratum);
    if (list) list.push(i);
    else byStratum.set(p.stratum, [i]);
  });
  const chosen: number[] = [];
  for (const [s, members] of byStratum) chosen.push(...lowest(members, r.quotas[s] ?? 0, keys, order));
  chosen.sort(order);
  return { ids: chosen.map((i) => r.pool[i].id), scores: new Map(chosen.map((i) => [r.pool[i].id, hexAt(digests, i)])) };
}

export async function checkSelection(r: VerifiableRecord, h: Sha256, progress?: Progress): Promise<StepResult> {
  const { ids, scores } = await expectedSelection(r, h, progress);
  const at = ids.findIndex((id, i) => r.selected[i] !== id);
  if (at === -1 && ids.length === r.selected.length)
    return ok('selection', `${ids.length} 个对象，顺序按得分从低到高`, `首个 ${ids[0] ?? '无'}（${(scores.get(ids[0]) ?? '').slice(0, 8)}…）`);
  const i = at === -1 ? ids.length : at;
  return fail(
    'selection',
    `第 ${i + 1} 个抽中对象不符（共应抽 ${ids.length} 个，记录 ${r.selected.length} 个）`,
    ids[i] ?? '（无）',
    r.selected[i] ?? '（无）',
  );
}

/**
 * The inspectors eligible for entity e (its stratum covered, no 回避 pair), sorted by id, as indexes into `ids`
 * (the inspector pool sorted by id): a city-scale draw asks this once per selected entity.
 */
function eligibility(r: VerifiableRecord): { ids: string[]; of: (entityId: string) => number[] } {
  const wanted = new Set([...r.selected, ...r.replacements.map((x) => x.entityId)]);
  const stratum = new Map<string, string>();
  for (const p of r.pool) if (wanted.has(p.id)) stratum.set(p.id, p.stratum);
  const ids = [...new Set(r.inspectorPool.map((i) => i.id))].sort(byCodePoint);
  const index = new Map(ids.map((id, k) => [id, k]));
  const byStratum = new Map<string, number[]>();
  for (const i of [...r.inspectorPool].sort((a, b) => byCodePoint(a.id, b.id)))
    for (const s of new Set(i.strata)) {
      const list = byStratum.get(s);
      const k = index.get(i.id)!;
      if (!list) byStratum.set(s, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
  const excluded = new Map<string, Set<number>>();
  for (const [e, i] of r.exclusions) {
    const k = index.get(i);
    if (k === undefined) continue;
    const set = excluded.get(e);
    if (set) set.add(k);
    else excluded.set(e, new Set([k]));
  }
  const of = (e: string) => {
    const all = byStratum.get(stratum.get(e) ?? '') ?? [];
    const out = excluded.get(e);
    return out ? all.filter((k) => !out.has(k)) : all;
  };
  return { ids, of };
}

/** G: the least-loaded of the candidates (indexes in id order, those marked in `skip` left out), keeping their order. */
function leastLoaded(candidates: number[], load: ArrayLike<number>, skip: Uint8Array): number[] {
  let min = Infinity;
  let g: number[] = [];
  for (const k of candidates) {
    if (skip[k]) continue;
    const l = load[k];
    if (l < min) {
      min = l;
      g = [k];
    } else if (l === min) g.push(k);
  }
  return g;
}

/** §5: walking the selection, slot j of e goes to G[u(seed:e:tj) mod |G|], G = least-loaded of C by id. */
export async function expectedTeams(r: VerifiableRecord, h: Sha256, progress?: Progress): Promise<Record<string, string[]> | { unstaffed: string[] }> {
  const { ids, of } = eligibility(r);
  const load = new Float64Array(ids.length);
  const inTeam = new Uint8Array(ids.length);
  const digests = await h.digests(r.selected.flatMap((e) => Array.from({ length: r.teamSize }, (_, j) => `${r.seed}:${e}:t${j + 1}`)));
  const teams: Record<string, string[]> = {};
  const unstaffed: string[] = [];
  for (let k = 0; k < r.selected.length; k++) {
    const e = r.selected[k];
    const eligible = of(e);
    if (eligible.length < r.teamSize) {
      unstaffed.push(e);
      continue;
    }
    const team: number[] = [];
    for (let j = 0; j < r.teamSize; j++) {
      const g = leastLoaded(eligible, load, inTeam);
      const pick = g[uAt(digests, (k * r.teamSize + j) * 32) % g.length];
      team.push(pick);
      inTeam[pick] = 1;
      load[pick] += 1;
    }
    for (const i of team) inTeam[i] = 0;
    teams[e] = team.map((i) => ids[i]);
    if (k % 1000 === 999) progress?.('teams', k + 1, r.selected.length);
  }
  return unstaffed.length ? { unstaffed } : teams;
}

export async function checkTeams(r: VerifiableRecord, h: Sha256, progress?: Progress): Promise<StepResult> {
  if (r.kind === 'entities') {
    const empty = !r.inspectorPool.length && !r.exclusions.length && !Object.keys(r.teams).length;
    return empty
      ? ok('teams', '本次只抽检查对象，检查组由各区另行匹配')
      : fail('teams', '只抽对象的记录不应含检查组', '无检查组', `${Object.keys(r.teams).length} 个检查组`);
  }
  const want = await expectedTeams(r, h, progress);
  if ('unstaffed' in want) return fail('teams', `以下对象符合条件的检查人员不足 ${r.teamSize} 名：${want.unstaffed.join('、')}`);
  for (const e of r.selected) {
    const got = r.teams[e] ?? [];
    if (got.join(',') !== want[e].join(',')) return fail('teams', `对象 ${e} 的检查组不符`, want[e].join('、'), got.join('、') || '（无）');
  }
  const extra = Object.keys(r.teams).filter((e) => !(e in want));
  if (extra.length) return fail('teams', `未抽中的对象有检查组：${extra.join('、')}`);
  return ok('teams', `${r.selected.length} 个检查组，每组 ${r.teamSize} 人`);
}

/** §6: each replacement is G[u(seed:e:rn) mod |G|] over the published loads, in the order approved. */
export async function checkReplacements(r: VerifiableRecord, h: Sha256): Promise<StepResult> {
  if (!r.replacements.length) return ok('replacements', '无人员调换');
  const { ids, of } = eligibility(r);
  const teams = Object.fromEntries(Object.entries(r.teams).map(([e, t]) => [e, [...t]]));
  const replacedOut = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const [k, x] of r.replacements.entries()) {
    const where = `第 ${k + 1} 次调换（对象 ${x.entityId}）`;
    const team = teams[x.entityId];
    if (!team || !team.includes(x.replaced)) return fail('replacements', `${where}：被调换的 ${x.replaced} 不在该组`);
    const n = (counts.get(x.entityId) ?? 0) + 1;
    if (x.n !== n) return fail('replacements', `${where}：序号 n 不符`, String(n), String(x.n));
    const out = new Set([...team, ...(replacedOut.get(x.entityId) ?? []), ...x.excluded]);
    const loads = ids.map((i) => x.loads[i] ?? 0);
    const skip = Uint8Array.from(ids, (id) => (out.has(id) ? 1 : 0));
    const g = leastLoaded(of(x.entityId), loads, skip).map((i) => ids[i]);
    if (!g.length) return fail('replacements', `${where}：没有可调换的检查人员`);
    const [hash] = await h.many([`${r.seed}:${x.entityId}:r${n}`]);
    const pick = g[uOf(hash) % g.length];
    if (pick !== x.replacement) return fail('replacements', `${where}：候选 ${g.join('、')}`, pick, x.replacement);
    teams[x.entityId] = team.map((i) => (i === x.replaced ? pick : i));
    replacedOut.set(x.entityId, [...(replacedOut.get(x.entityId) ?? []), x.replaced]);
    counts.set(x.entityId, n);
  }
  return ok('replacements', `${r.replacements.length} 次调换均按 §6 重算一致`);
}

/** Every step in order; `onStep` hears each as it finishes. A malformed record stops after the first step. */
export async function verifyRecord(input: unknown, h: Sha256, onStep?: (s: StepResult) => void, progress?: Progress): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const add = (s: StepResult) => {
    results.push(s);
    onStep?.(s);
  };
  const { result, record } = checkShape(input);
  add(result);
  if (!record) return results;
  add(await checkSeed(record, h));
  if (record.commitment !== undefined) add(await checkCommitment(record, h));
  add(await checkPoolHash(record, h));
  if (record.inspectorPoolHash !== undefined) add(await checkInspectorPoolHash(record, h));
  add(checkQuotas(record));
  add(await checkSelection(record, h, progress));
  add(await checkTeams(record, h, progress));
  if (record.kind !== 'entities') add(await checkReplacements(record, h));
  return results;
}

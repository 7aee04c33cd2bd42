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

/** Unicode code point order (DRAW-SPEC "ascending"). */
export function byCodePoint(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return x.length - y.length;
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

/** §1a: commitment = H("QD-DRAW-2-commit|" + taskCode + "|" + nonce), made before the public source's date. */
export async function checkCommitment(r: VerifiableRecord, h: Sha256): Promise<StepResult> {
  const [c] = await h.many([`QD-DRAW-2-commit|${r.taskCode}|${r.nonce}`]);
  if (c !== r.commitment) return fail('commitment', '随机数与事先公布的承诺值不符', c, r.commitment);
  if (r.committedAt && r.publicSourceDate && !(r.committedAt < r.publicSourceDate))
    return fail('commitment', '承诺时间不早于公开随机源的日期', `早于 ${r.publicSourceDate}`, r.committedAt);
  return ok('commitment', r.committedAt ? `承诺于 ${r.committedAt}` : undefined, c);
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

/** §4: score = H(seed:id); per stratum the q lowest (ties id ascending), listed by ascending score. */
export async function expectedSelection(r: VerifiableRecord, h: Sha256, progress?: Progress): Promise<{ ids: string[]; scores: Map<string, string> }> {
  const scores = new Array<string>(r.pool.length);
  const batch = 20_000;
  for (let i = 0; i < r.pool.length; i += batch) {
    const got = await h.many(r.pool.slice(i, i + batch).map((p) => `${r.seed}:${p.id}`));
    for (let j = 0; j < got.length; j++) scores[i + j] = got[j];
    progress?.('selection', Math.min(i + batch, r.pool.length), r.pool.length);
  }
  const keys = Float64Array.from(scores, uOf);
  const order = (a: number, b: number) =>
    keys[a] - keys[b] || (scores[a] < scores[b] ? -1 : scores[a] > scores[b] ? 1 : byCodePoint(r.pool[a].id, r.pool[b].id));
  const byStratum = new Map<string, number[]>();
  r.pool.forEach((p, i) => {
    const list = byStratum.get(p.stratum);
    if (list) list.push(i);
    else byStratum.set(p.stratum, [i]);
  });
  const chosen: number[] = [];
  for (const [s, members] of byStratum) chosen.push(...members.sort(order).slice(0, r.quotas[s] ?? 0));
  chosen.sort(order);
  return { ids: chosen.map((i) => r.pool[i].id), scores: new Map(chosen.map((i) => [r.pool[i].id, scores[i]])) };
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

const strataOf = (r: VerifiableRecord) => new Map(r.pool.map((p) => [p.id, p.stratum]));

/** The inspectors eligible for entity e (its stratum covered, no 回避 pair), sorted by id. */
function eligibility(r: VerifiableRecord): (entityId: string) => string[] {
  const stratum = strataOf(r);
  const excluded = new Set(r.exclusions.map(([e, i]) => `${e}\u0000${i}`));
  const byStratum = new Map<string, string[]>();
  for (const i of [...r.inspectorPool].sort((a, b) => byCodePoint(a.id, b.id)))
    for (const s of new Set(i.strata)) {
      const list = byStratum.get(s);
      if (list) list.push(i.id);
      else byStratum.set(s, [i.id]);
    }
  return (e) => (byStratum.get(stratum.get(e) ?? '') ?? []).filter((i) => !excluded.has(`${e}\u0000${i}`));
}

/** §5: walking the selection, slot j of e goes to G[u(seed:e:tj) mod |G|], G = least-loaded of C by id. */
export async function expectedTeams(r: VerifiableRecord, h: Sha256, progress?: Progress): Promise<Record<string, string[]> | { unstaffed: string[] }> {
  const eligibleOf = eligibility(r);
  const load = new Map<string, number>();
  const teams: Record<string, string[]> = {};
  const unstaffed: string[] = [];
  for (let k = 0; k < r.selected.length; k++) {
    const e = r.selected[k];
    const eligible = eligibleOf(e);
    if (eligible.length < r.teamSize) {
      unstaffed.push(e);
      continue;
    }
    const hashes = await h.many(Array.from({ length: r.teamSize }, (_, j) => `${r.seed}:${e}:t${j + 1}`));
    const team: string[] = [];
    for (let j = 0; j < r.teamSize; j++) {
      const c = eligible.filter((i) => !team.includes(i));
      const min = Math.min(...c.map((i) => load.get(i) ?? 0));
      const g = c.filter((i) => (load.get(i) ?? 0) === min);
      const pick = g[uOf(hashes[j]) % g.length];
      team.push(pick);
      load.set(pick, (load.get(pick) ?? 0) + 1);
    }
    teams[e] = team;
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
  const eligibleOf = eligibility(r);
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
    const c = eligibleOf(x.entityId).filter((i) => !out.has(i));
    if (!c.length) return fail('replacements', `${where}：没有可调换的检查人员`);
    const min = Math.min(...c.map((i) => x.loads[i] ?? 0));
    const g = c.filter((i) => (x.loads[i] ?? 0) === min);
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

/**
 * QD-DRAW-1, the publicly verifiable draw (../shared/DRAW-SPEC.md), implemented exactly: seed, pool hash, quotas,
 * entity selection by score, inspector teams by (load, score, id), replacement. Pure functions over plain data.
 */
import { createHash, hash } from 'node:crypto';

export const ALGORITHM = 'QD-DRAW-1';

/** H(s): SHA-256 of the UTF-8 bytes of s, as 64 lowercase hex characters. */
export const H = (s: string): string => hash('sha256', s, 'hex');

/** Orders strings by Unicode code point (what DRAW-SPEC means by "ascending"). */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export interface Candidate {
  id: string;
  stratum: string;
}

export interface InspectorCandidate {
  id: string;
  strata: string[];
}

/** §1 */
export const computeSeed = (taskCode: string, nonce: string, publicSource = ''): string => H(`QD-DRAW-1|${taskCode}|${nonce}|${publicSource}`);

const hasSurrogates = (s: string) => /[\ud800-\udfff]/.test(s);
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Code-unit order equals code-point order unless a string holds surrogate pairs: take the fast comparison when it is exact. */
const idOrder = (ids: Iterable<string>) => {
  for (const id of ids) if (hasSurrogates(id)) return byCodePoint;
  return byCodeUnit;
};

function sortByIdNative(pool: Candidate[]): Candidate[] {
  const byId = new Map(pool.map((c) => [c.id, c]));
  if (byId.size !== pool.length) return [...pool].sort((a, b) => byCodeUnit(a.id, b.id));
  return [...byId.keys()].sort().map((id) => byId.get(id)!);
}

/** §2: the pool sorted by id, and H of `id \t stratum \n` concatenated. */
export function canonicalPool(pool: Candidate[]): { pool: Candidate[]; poolHash: string } {
  const order = idOrder(pool.map((c) => c.id));
  // Without surrogates the engine's own string sort (code-unit order) is exact and much faster than a comparator.
  const sorted = order === byCodeUnit ? sortByIdNative(pool) : [...pool].sort((a, b) => order(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) if (sorted[i].id === sorted[i - 1].id) throw new Error(`duplicate id in pool: ${sorted[i].id}`);
  // Hashed in slices: one string of half a million lines costs more to build than to hash.
  const h = createHash('sha256');
  for (let i = 0; i < sorted.length; i += 10_000) h.update(sorted.slice(i, i + 10_000).map((c) => `${c.id}\t${c.stratum}\n`).join(''), 'utf8');
  return { pool: sorted.map(({ id, stratum }) => ({ id, stratum })), poolHash: h.digest('hex') };
}

const countByStratum = (pool: Candidate[]) => {
  const n = new Map<string, number>();
  for (const c of pool) n.set(c.stratum, (n.get(c.stratum) ?? 0) + 1);
  return n;
};

/** §3, ratio in basis points: q = min(n, ceil(n·bp / 10000)) in integer arithmetic. */
export function quotasByRatio(pool: Candidate[], ratioBp: number): Record<string, number> {
  if (!Number.isInteger(ratioBp) || ratioBp < 1 || ratioBp > 10_000) throw new Error('ratioBp must be an integer in 1..10000');
  const out: Record<string, number> = {};
  for (const [s, n] of [...countByStratum(pool)].sort((a, b) => byCodePoint(a[0], b[0]))) out[s] = Math.min(n, Math.floor((n * ratioBp + 9999) / 10_000));
  return out;
}

/** §3, total count k: Hamilton's largest remainder, ties to the stratum name ascending; k capped at N. */
export function quotasByCount(pool: Candidate[], count: number): Record<string, number> {
  if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
  const strata = [...countByStratum(pool)].sort((a, b) => byCodePoint(a[0], b[0]));
  const N = pool.length;
  const k = Math.min(count, N);
  const out: Record<string, number> = {};
  let given = 0;
  for (const [s, n] of strata) {
    out[s] = Math.floor((k * n) / N);
    given += out[s];
  }
  const byRemainder = strata.map(([s, n]) => ({ s, r: (k * n) % N })).sort((a, b) => b.r - a.r || byCodePoint(a.s, b.s));
  for (let i = 0; i < k - given; i++) out[byRemainder[i].s]++;
  return out;
}

/** §4: in each stratum the q lowest scores H(seed:id) (ties id ascending); all listed by ascending score. */
export function selectEntities(seed: string, pool: Candidate[], quotas: Record<string, number>): { id: string; stratum: string; score: string }[] {
  const idCmp = idOrder(pool.map((c) => c.id));
  const order = (a: { id: string; score: string }, b: { id: string; score: string }) => (a.score < b.score ? -1 : a.score > b.score ? 1 : idCmp(a.id, b.id));
  const byStratum = new Map<string, number[]>();
  pool.forEach((c, i) => (byStratum.get(c.stratum) ?? byStratum.set(c.stratum, []).get(c.stratum)!).push(i));
  const scores = pool.map((c) => H(`${seed}:${c.id}`));
  // The first 12 hex digits as a number order scores exactly except on ties, which are settled on the full score.
  const keys = new Float64Array(pool.length);
  for (let i = 0; i < pool.length; i++) keys[i] = parseInt(scores[i].slice(0, 12), 16);
  const chosen: { id: string; stratum: string; score: string }[] = [];
  for (const [stratum, members] of byStratum) {
    const q = Math.min(quotas[stratum] ?? 0, members.length);
    if (q === 0) continue;
    const sortedKeys = Float64Array.from(members, (i) => keys[i]).sort();
    const threshold = sortedKeys[q - 1];
    const below = members.filter((i) => keys[i] < threshold);
    const atThreshold = members.filter((i) => keys[i] === threshold).map((i) => ({ ...pool[i], score: scores[i] })).sort(order);
    chosen.push(...below.map((i) => ({ ...pool[i], score: scores[i] })), ...atThreshold.slice(0, q - below.length));
  }
  return chosen.sort(order);
}

export class DrawError extends Error {
  constructor(
    message: string,
    readonly unstaffed: { entityId: string; stratum: string; eligible: number }[],
  ) {
    super(message);
  }
}

const pairKey = (e: string, i: string) => `${e}\u0000${i}`;

/** Who may inspect an entity: covers its stratum and has no 回避 pair with it (§5, §7). */
export function eligibleInspectors(entity: Candidate, byStratum: Map<string, InspectorCandidate[]>, excluded: Set<string>): InspectorCandidate[] {
  return (byStratum.get(entity.stratum) ?? []).filter((i) => !excluded.has(pairKey(entity.id, i.id)));
}

export const indexInspectors = (inspectorPool: InspectorCandidate[]) => {
  const byStratum = new Map<string, InspectorCandidate[]>();
  for (const i of inspectorPool) for (const s of new Set(i.strata)) (byStratum.get(s) ?? byStratum.set(s, []).get(s)!).push(i);
  return byStratum;
};

export const exclusionSet = (exclusions: [string, string][]) => new Set(exclusions.map(([e, i]) => pairKey(e, i)));

/**
 * §5: walk the selected entities in order; fill each team slot with the eligible inspector not yet in the team of
 * lowest (load, H(seed:e:inspector), inspector id). Fails, naming every entity that has fewer eligible inspectors
 * than the team size. Inspectors are handled by index and only those at the lowest load are hashed.
 */
export function assignTeams(seed: string, selected: Candidate[], teamSize: number, inspectorPool: InspectorCandidate[], exclusions: [string, string][]): Record<string, string[]> {
  if (!Number.isInteger(teamSize) || teamSize < 2) throw new Error('teamSize must be an integer ≥ 2');
  const ids = inspectorPool.map((i) => i.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const byStratum = new Map<string, number[]>();
  inspectorPool.forEach((insp, idx) => {
    for (const s of new Set(insp.strata)) (byStratum.get(s) ?? byStratum.set(s, []).get(s)!).push(idx);
  });
  const excludedFor = new Map<string, Set<number>>();
  for (const [e, i] of exclusions) {
    const idx = indexOf.get(i);
    if (idx !== undefined) (excludedFor.get(e) ?? excludedFor.set(e, new Set()).get(e)!).add(idx);
  }
  const eligibleOf = (e: Candidate) => {
    const all = byStratum.get(e.stratum) ?? [];
    const ex = excludedFor.get(e.id);
    return ex ? all.filter((i) => !ex.has(i)) : all;
  };
  const unstaffed = selected.map((e) => ({ entityId: e.id, stratum: e.stratum, eligible: eligibleOf(e).length })).filter((u) => u.eligible < teamSize);
  if (unstaffed.length) {
    throw new DrawError(`${unstaffed.length} 个检查对象的可匹配执法人员少于 ${teamSize} 人：${unstaffed.slice(0, 20).map((u) => `${u.entityId}（${u.stratum}，${u.eligible} 人）`).join('、')}`, unstaffed);
  }
  const load = new Int32Array(ids.length);
  const inTeam = new Uint8Array(ids.length);
  const teams: Record<string, string[]> = {};
  for (const e of selected) {
    const eligible = eligibleOf(e);
    const prefix = `${seed}:${e.id}:`;
    const scores = new Map<number, string>();
    const team: number[] = [];
    for (let slot = 0; slot < teamSize; slot++) {
      let minLoad = Infinity;
      for (const i of eligible) if (!inTeam[i] && load[i] < minLoad) minLoad = load[i];
      let best = -1;
      let bestScore = '';
      for (const i of eligible) {
        if (inTeam[i] || load[i] !== minLoad) continue;
        let score = scores.get(i);
        if (score === undefined) scores.set(i, (score = H(prefix + ids[i])));
        if (best < 0 || score < bestScore || (score === bestScore && byCodePoint(ids[i], ids[best]) < 0)) {
          best = i;
          bestScore = score;
        }
      }
      team.push(best);
      inTeam[best] = 1;
      load[best]++;
    }
    for (const i of team) inTeam[i] = 0;
    teams[e.id] = team.map((i) => ids[i]);
  }
  return teams;
}

export interface DrawInput {
  taskCode: string;
  nonce: string;
  publicSource?: string;
  pool: Candidate[];
  ratioBp?: number;
  count?: number;
  teamSize: number;
  inspectorPool: InspectorCandidate[];
  exclusions: [string, string][];
  /** false for a city draw whose shares are dispatched: districts match teams in their own records (§9.1.1). */
  matchTeams?: boolean;
}

/** The record of DRAW-SPEC §7, minus status (the caller adds it). */
export interface DrawRecord {
  algorithm: typeof ALGORITHM;
  taskCode: string;
  nonce: string;
  publicSource: string;
  seed: string;
  pool: Candidate[];
  poolHash: string;
  ratioBp?: number;
  count?: number;
  quotas: Record<string, number>;
  selected: string[];
  teamSize: number;
  inspectorPool: InspectorCandidate[];
  exclusions: [string, string][];
  teams: Record<string, string[]>;
}

/** The whole draw: entities (§1–§4) and teams (§5). */
export function runDraw(input: DrawInput): DrawRecord {
  if ((input.ratioBp === undefined) === (input.count === undefined)) throw new Error('exactly one of ratioBp and count');
  const publicSource = input.publicSource ?? '';
  const seed = computeSeed(input.taskCode, input.nonce, publicSource);
  const { pool, poolHash } = canonicalPool(input.pool);
  if (!pool.length) throw new DrawError('抽取范围内没有符合条件的检查对象', []);
  const quotas = input.ratioBp !== undefined ? quotasByRatio(pool, input.ratioBp) : quotasByCount(pool, input.count!);
  const selected = selectEntities(seed, pool, quotas);
  const matchTeams = input.matchTeams ?? true;
  const inspectorPool = matchTeams ? [...input.inspectorPool].sort((a, b) => byCodePoint(a.id, b.id)).map((i) => ({ id: i.id, strata: [...new Set(i.strata)].sort(byCodePoint) })) : [];
  const exclusions = matchTeams ? [...input.exclusions].sort((a, b) => byCodePoint(a[0], b[0]) || byCodePoint(a[1], b[1])) : [];
  const teams = matchTeams ? assignTeams(seed, selected, input.teamSize, inspectorPool, exclusions) : {};
  return {
    algorithm: ALGORITHM,
    taskCode: input.taskCode,
    nonce: input.nonce,
    publicSource,
    seed,
    pool,
    poolHash,
    ...(input.ratioBp !== undefined ? { ratioBp: input.ratioBp } : { count: input.count }),
    quotas,
    selected: selected.map((s) => s.id),
    teamSize: input.teamSize,
    inspectorPool,
    exclusions,
    teams,
  };
}

/**
 * §7 team-only matching: a district matches its own inspectors to the entities dispatched to it. Its pool and quotas
 * are those entities (all of them), `selected` is them in ascending score order under its own seed.
 */
export function runTeamOnlyDraw(input: Omit<DrawInput, 'ratioBp' | 'count'>): DrawRecord {
  return runDraw({ ...input, count: input.pool.length });
}

/**
 * §6 replacement: among the entity's eligible inspectors not in its team and never replaced out of it, the lowest
 * (load over the whole task, H(seed:e:inspector:r<n>), id); n counts this entity's replacements including this one.
 */
export function pickReplacement(args: {
  seed: string;
  entity: Candidate;
  team: string[];
  replacedOut: string[];
  n: number;
  inspectorPool: InspectorCandidate[];
  exclusions: [string, string][];
  loads: Record<string, number>;
}): { inspectorId: string; candidates: { id: string; load: number }[] } | undefined {
  const excluded = exclusionSet(args.exclusions);
  const eligible = eligibleInspectors(args.entity, indexInspectors(args.inspectorPool), excluded).filter((i) => !args.team.includes(i.id) && !args.replacedOut.includes(i.id));
  const candidates = eligible.map((i) => ({ id: i.id, load: args.loads[i.id] ?? 0, score: H(`${args.seed}:${args.entity.id}:${i.id}:r${args.n}`) }));
  candidates.sort((a, b) => a.load - b.load || (a.score < b.score ? -1 : a.score > b.score ? 1 : byCodePoint(a.id, b.id)));
  if (!candidates.length) return undefined;
  return { inspectorId: candidates[0].id, candidates: candidates.map(({ id, load }) => ({ id, load })) };
}

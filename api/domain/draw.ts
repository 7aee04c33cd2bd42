/**
 * QD-DRAW-2, the publicly verifiable draw (../shared/DRAW-SPEC.md), implemented exactly: seed (§1) and commitment
 * (§1a), pool hash (§2), quotas (§3), entity selection by score (§4), one hash per team slot (§5), replacement (§6)
 * and the record (§7). Pure functions over plain data.
 */
import { createHash, hash } from 'node:crypto';

export const ALGORITHM = 'QD-DRAW-2';

/** H(s): SHA-256 of the UTF-8 bytes of s, as 64 lowercase hex characters. */
export const H = (s: string): string => hash('sha256', s, 'hex');

/** u(s): the first 13 hex digits of H(s) as an integer (0 ≤ u < 2^52, exact in a double). */
export const u = (s: string): number => parseInt(H(s).slice(0, 13), 16);

/** Orders strings by Unicode code point (what DRAW-SPEC means by "ascending"). */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n;) {
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

export type DrawKind = 'full' | 'entities' | 'team';

/** §1 */
export const computeSeed = (taskCode: string, nonce: string, publicSource = ''): string => H(`QD-DRAW-2|${taskCode}|${nonce}|${publicSource}`);

/** §1a: what a task that declares its public source in advance publishes before the draw. */
export const computeCommitment = (taskCode: string, nonce: string): string => H(`QD-DRAW-2-commit|${taskCode}|${nonce}`);

/** §1a: H of the inspectors sorted by id (`id \t strata sorted, joined by "," \n`), then the exclusions sorted (`x \t e \t i \n`). */
export function inspectorPoolHash(inspectorPool: InspectorCandidate[], exclusions: [string, string][]): string {
  const inspectors = [...inspectorPool].sort((a, b) => byCodePoint(a.id, b.id)).map((i) => `${i.id}\t${[...new Set(i.strata)].sort(byCodePoint).join(',')}\n`);
  const pairs = [...exclusions].sort((a, b) => byCodePoint(a[0], b[0]) || byCodePoint(a[1], b[1])).map(([e, i]) => `x\t${e}\t${i}\n`);
  return H(inspectors.join('') + pairs.join(''));
}

const SURROGATE = /[\ud800-\udfff]/;
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isSorted = (pool: Candidate[], order: (a: string, b: string) => number) => {
  for (let i = 1; i < pool.length; i++) if (order(pool[i - 1].id, pool[i].id) >= 0) return false;
  return true;
};

/** The canonical lines of §2 (`id \t stratum \n`) in slices: one string of half a million lines costs more to build than to hash. */
const canonicalSlices = (sorted: Candidate[]): string[] => {
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i += 10_000)
    parts.push(
      sorted
        .slice(i, i + 10_000)
        .map((c) => `${c.id}\t${c.stratum}\n`)
        .join(''),
    );
  return parts;
};

/** The canonical text of §2 for a pool already sorted by id. */
export const canonicalPoolText = (sorted: Candidate[]): string => canonicalSlices(sorted).join('');

/** The inverse of canonicalPoolText (the text a database aggregate can produce in the same order). */
export function parseCanonicalPool(text: string): Candidate[] {
  const out: Candidate[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const tab = text.indexOf('\t', start);
    if (end < 0 || tab < 0 || tab > end) throw new Error('malformed canonical pool line');
    out.push({ id: text.slice(start, tab), stratum: text.slice(tab + 1, end) });
    start = end + 1;
  }
  return out;
}

/**
 * §2: the pool sorted by id (ids unique), and H of its canonical text. A pool arriving sorted (as a database returns
 * it under COLLATE "C") is checked, not sorted. Code-unit order is code-point order unless an id holds a surrogate
 * pair, so the engine's own comparison is used when it is exact.
 */
export function canonicalPool(input: Candidate[] | string): { pool: Candidate[]; poolHash: string; text?: string } {
  // Given as text (what a database aggregate returns), the pool is that text's lines; if they are in canonical
  // order the text itself is hashed.
  const fromText = typeof input === 'string';
  const pool = fromText ? parseCanonicalPool(input) : input;
  let slices = fromText ? [input] : canonicalSlices(pool);
  const order = slices.some((t) => SURROGATE.test(t)) ? byCodePoint : byCodeUnit;
  let sorted = pool;
  let text = fromText ? input : undefined;
  if (!isSorted(pool, order)) {
    sorted = [...pool].sort((a, b) => order(a.id, b.id));
    for (let i = 1; i < sorted.length; i++) if (sorted[i].id === sorted[i - 1].id) throw new Error(`duplicate id in pool: ${sorted[i].id}`);
    slices = canonicalSlices(sorted);
    text = undefined;
  }
  const h = createHash('sha256');
  for (const t of slices) h.update(t, 'utf8');
  return { pool: fromText ? sorted : sorted.map(({ id, stratum }) => ({ id, stratum })), poolHash: h.digest('hex'), ...(text !== undefined ? { text } : {}) };
}

/** Candidates per stratum. */
export const countByStratum = (pool: Candidate[]): Map<string, number> => {
  const n = new Map<string, number>();
  for (const c of pool) n.set(c.stratum, (n.get(c.stratum) ?? 0) + 1);
  return n;
};

/** §3, ratio in basis points, from the candidates per stratum: q = min(n, ceil(n·bp / 10000)) in integer arithmetic. */
export function ratioQuotas(counts: Map<string, number>, ratioBp: number): Record<string, number> {
  if (!Number.isInteger(ratioBp) || ratioBp < 1 || ratioBp > 10_000) throw new Error('ratioBp must be an integer in 1..10000');
  const out: Record<string, number> = {};
  for (const [s, n] of [...counts].sort((a, b) => byCodePoint(a[0], b[0]))) out[s] = Math.min(n, Math.floor((n * ratioBp + 9999) / 10_000));
  return out;
}

/** §3, total count k, from the candidates per stratum: Hamilton's largest remainder, ties to the stratum name ascending; k capped at N. */
export function countQuotas(counts: Map<string, number>, count: number): Record<string, number> {
  if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
  const strata = [...counts].sort((a, b) => byCodePoint(a[0], b[0]));
  const N = strata.reduce((sum, [, n]) => sum + n, 0);
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

/** §3 over a pool, ratio in basis points. */
export const quotasByRatio = (pool: Candidate[], ratioBp: number): Record<string, number> => ratioQuotas(countByStratum(pool), ratioBp);

/** §3 over a pool, total count. */
export const quotasByCount = (pool: Candidate[], count: number): Record<string, number> => countQuotas(countByStratum(pool), count);

export interface Scored extends Candidate {
  score: string;
}

/**
 * §4: in each stratum the q lowest scores H(seed:id) (ties id ascending); all listed by ascending score. Scores are
 * compared by their first 13 hex digits as a number (exact order but for ties there, settled on the full score), and
 * each stratum keeps the candidates at or below its q-th smallest key.
 */
export function selectEntities(seed: string, pool: Candidate[], quotas: Record<string, number>): Scored[] {
  const prefix = `${seed}:`;
  const scores = new Array<string>(pool.length);
  const keys = new Float64Array(pool.length);
  for (let i = 0; i < pool.length; i++) {
    const s = hash('sha256', prefix + pool[i].id, 'hex');
    scores[i] = s;
    keys[i] = parseInt(s.slice(0, 13), 16);
  }
  const byStratum = new Map<string, number[]>();
  for (let i = 0; i < pool.length; i++) {
    const list = byStratum.get(pool[i].stratum);
    if (list) list.push(i);
    else byStratum.set(pool[i].stratum, [i]);
  }
  const order = (a: number, b: number) => keys[a] - keys[b] || byCodeUnit(scores[a], scores[b]) || byCodePoint(pool[a].id, pool[b].id);
  const chosen: number[] = [];
  for (const [stratum, members] of byStratum) {
    const q = Math.min(quotas[stratum] ?? 0, members.length);
    if (q === 0) continue;
    const threshold = Float64Array.from(members, (i) => keys[i]).sort()[q - 1];
    const below = members.filter((i) => keys[i] < threshold);
    const atThreshold = members.filter((i) => keys[i] === threshold).sort(order);
    chosen.push(...below, ...atThreshold.slice(0, q - below.length));
  }
  return chosen.sort(order).map((i) => ({ id: pool[i].id, stratum: pool[i].stratum, score: scores[i] }));
}

export class DrawError extends Error {
  constructor(
    message: string,
    readonly unstaffed: { entityId: string; stratum: string; eligible: number }[],
  ) {
    super(message);
  }
}

/** Inspectors sorted by id, strata deduplicated and sorted: the record's inspectorPool. */
export const normalizeInspectors = (pool: InspectorCandidate[]): InspectorCandidate[] =>
  [...pool].sort((a, b) => byCodePoint(a.id, b.id)).map((i) => ({ id: i.id, strata: [...new Set(i.strata)].sort(byCodePoint) }));

/** The inspectors eligible for each entity (§5, §7): covering its stratum, no 回避 pair; as indexes into the pool, by id. */
function eligibility(inspectorPool: InspectorCandidate[], exclusions: [string, string][]) {
  const sortedPool = normalizeInspectors(inspectorPool);
  const indexOf = new Map(sortedPool.map((insp, i) => [insp.id, i]));
  const byStratum = new Map<string, number[]>();
  sortedPool.forEach((insp, idx) => {
    for (const s of insp.strata) (byStratum.get(s) ?? byStratum.set(s, []).get(s)!).push(idx);
  });
  const excludedFor = new Map<string, Set<number>>();
  for (const [e, i] of exclusions) {
    const idx = indexOf.get(i);
    if (idx !== undefined) (excludedFor.get(e) ?? excludedFor.set(e, new Set()).get(e)!).add(idx);
  }
  const eligibleOf = (e: Candidate): number[] => {
    const all = byStratum.get(e.stratum) ?? [];
    const ex = excludedFor.get(e.id);
    return ex ? all.filter((i) => !ex.has(i)) : all;
  };
  return { ids: sortedPool.map((i) => i.id), indexOf, eligibleOf };
}

/**
 * The inspectors of one stratum (in id order) by load: one Fenwick tree per load level over their positions, so that
 * the least-loaded group and its k-th member are found in O(log n) however many inspectors a stratum has (a city
 * office's inspectors cover every district). Strata with the same inspectors share one.
 */
class LoadLevels {
  private readonly trees: Int32Array[] = [];
  private readonly totals: number[] = [];
  private minLevel = 0;
  private readonly top: number;
  constructor(readonly members: number[]) {
    const n = members.length;
    this.top = n ? 1 << Math.floor(Math.log2(n)) : 0;
    const tree = new Int32Array(n + 1);
    for (let p = 1; p <= n; p++) {
      tree[p] += 1;
      const parent = p + (p & -p);
      if (parent <= n) tree[parent] += tree[p];
    }
    this.trees.push(tree);
    this.totals.push(n);
  }
  private add(level: number, pos: number, delta: number) {
    while (this.trees.length <= level) {
      this.trees.push(new Int32Array(this.members.length + 1));
      this.totals.push(0);
    }
    const tree = this.trees[level];
    for (let p = pos + 1; p <= this.members.length; p += p & -p) tree[p] += delta;
    this.totals[level] += delta;
  }
  /** Moves the member at `pos` from load `level` to `level + 1`. */
  raise(pos: number, level: number) {
    this.add(level, pos, -1);
    this.add(level + 1, pos, 1);
    while (this.minLevel < this.totals.length && this.totals[this.minLevel] === 0) this.minLevel++;
  }
  /** Position of the (j+1)-th member at `level`, in id order. */
  private select(level: number, j: number): number {
    const tree = this.trees[level];
    let pos = 0;
    let rest = j + 1;
    for (let step = this.top; step > 0; step >>= 1) {
      if (pos + step <= this.members.length && tree[pos + step] < rest) {
        pos += step;
        rest -= tree[pos];
      }
    }
    return pos;
  }
  /**
   * §5.2–3 for one slot: G = the members at the smallest load among those not `removed` (positions, with their
   * loads); returns the position of G[pick(|G|)].
   */
  pick(removed: { pos: number; load: number }[], pickIndex: (size: number) => number): number {
    for (let level = this.minLevel; level < this.totals.length; level++) {
      const out = removed
        .filter((r) => r.load === level)
        .map((r) => r.pos)
        .sort((x, y) => x - y);
      const size = this.totals[level] - out.length;
      if (size <= 0) continue;
      const k = pickIndex(size);
      // The k-th member not removed: step past the removed positions at or before the candidate until it settles.
      let j = k;
      for (;;) {
        const p = this.select(level, j);
        let before = 0;
        while (before < out.length && out[before] <= p) before++;
        if (k + before === j) return p;
        j = k + before;
      }
    }
    return -1;
  }
}

/**
 * §5: walk the selected entities in order; slot j of entity e goes to G[u(seed:e:t<j>) mod |G|], G = the eligible
 * inspectors not yet in e's team at the smallest load, by id. One hash per slot; G is found in the stratum's load
 * levels. Fails, naming every entity with fewer eligible inspectors than the team size.
 */
export function assignTeams(
  seed: string,
  selected: Candidate[],
  teamSize: number,
  inspectorPool: InspectorCandidate[],
  exclusions: [string, string][],
): Record<string, string[]> {
  if (!Number.isInteger(teamSize) || teamSize < 2) throw new Error('teamSize must be an integer ≥ 2');
  const sortedPool = normalizeInspectors(inspectorPool);
  const ids = sortedPool.map((i) => i.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const byStratum = new Map<string, number[]>();
  sortedPool.forEach((insp, idx) => {
    for (const st of insp.strata) (byStratum.get(st) ?? byStratum.set(st, []).get(st)!).push(idx);
  });
  const excludedFor = new Map<string, number[]>();
  for (const [e, i] of exclusions) {
    const idx = indexOf.get(i);
    if (idx !== undefined) (excludedFor.get(e) ?? excludedFor.set(e, []).get(e)!).push(idx);
  }
  const levelsOf = new Map<string, { levels: LoadLevels; position: Map<number, number> }>();
  const shared = new Map<string, { levels: LoadLevels; position: Map<number, number> }>();
  for (const [st, members] of byStratum) {
    const key = members.join(',');
    if (!shared.has(key)) shared.set(key, { levels: new LoadLevels(members), position: new Map(members.map((m, p) => [m, p])) });
    levelsOf.set(st, shared.get(key)!);
  }
  const groupsOf: { levels: LoadLevels; position: Map<number, number> }[][] = ids.map(() => []);
  for (const g of shared.values()) for (const m of g.levels.members) groupsOf[m].push(g);
  const eligibleCount = (e: Candidate) => {
    const g = levelsOf.get(e.stratum);
    if (!g) return 0;
    return g.levels.members.length - new Set((excludedFor.get(e.id) ?? []).filter((i) => g.position.has(i))).size;
  };
  const unstaffed = selected.map((e) => ({ entityId: e.id, stratum: e.stratum, eligible: eligibleCount(e) })).filter((x) => x.eligible < teamSize);
  if (unstaffed.length) {
    throw new DrawError(
      `${unstaffed.length} 个检查对象的可匹配执法人员少于 ${teamSize} 人：${unstaffed
        .slice(0, 20)
        .map((x) => `${x.entityId}（${x.stratum}，${x.eligible} 人）`)
        .join('、')}`,
      unstaffed,
    );
  }
  const load = new Int32Array(ids.length);
  const teams: Record<string, string[]> = {};
  for (const e of selected) {
    const g = levelsOf.get(e.stratum)!;
    const removed = [...new Set(excludedFor.get(e.id) ?? [])].filter((i) => g.position.has(i));
    const team: number[] = [];
    for (let slot = 1; slot <= teamSize; slot++) {
      const pos = g.levels.pick(
        removed.map((i) => ({ pos: g.position.get(i)!, load: load[i] })),
        (size) => u(`${seed}:${e.id}:t${slot}`) % size,
      );
      const pick = g.levels.members[pos];
      team.push(pick);
      removed.push(pick);
      for (const other of groupsOf[pick]) other.levels.raise(other.position.get(pick)!, load[pick]);
      load[pick]++;
    }
    teams[e.id] = team.map((i) => ids[i]);
  }
  return teams;
}

/** One approved replacement as the record publishes it (§7). */
export interface ReplacementEntry {
  entityId: string;
  replaced: string;
  replacement: string;
  n: number;
  loads: Record<string, number>;
  excluded: string[];
}

export interface DrawInput {
  kind?: DrawKind;
  taskCode: string;
  nonce: string;
  publicSource?: string;
  /** The candidates, or the canonical text of §2 (as the database builds it). */
  pool: Candidate[] | string;
  ratioBp?: number;
  count?: number;
  teamSize: number;
  /** Already without the person who runs the draw (§5: no one draws themselves). */
  inspectorPool: InspectorCandidate[];
  exclusions: [string, string][];
}

/** The record of DRAW-SPEC §7, minus status (the caller adds it). */
export interface DrawRecord {
  algorithm: typeof ALGORITHM;
  kind: DrawKind;
  taskCode: string;
  nonce: string;
  publicSource: string;
  seed: string;
  /** §1a, only when committed in advance; publicSourceDate (the date the public source was announced for) lets a verifier check committedAt precedes it. */
  commitment?: string;
  inspectorPoolHash?: string;
  committedAt?: string;
  publicSourceDate?: string;
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
  replacements: ReplacementEntry[];
}

/**
 * The whole draw: entities (§1–§4) and, unless kind is "entities" (a city draw whose shares are dispatched, §9.1.1),
 * teams (§5). A "team" draw is a district matching its inspectors to all the entities dispatched to it.
 */
export function runDraw(input: DrawInput): DrawRecord {
  const kind = input.kind ?? 'full';
  if ((input.ratioBp === undefined) === (input.count === undefined)) throw new Error('exactly one of ratioBp and count');
  const publicSource = input.publicSource ?? '';
  const seed = computeSeed(input.taskCode, input.nonce, publicSource);
  const { pool, poolHash } = canonicalPool(input.pool);
  if (!pool.length) throw new DrawError('抽取范围内没有符合条件的检查对象', []);
  const quotas = input.ratioBp !== undefined ? quotasByRatio(pool, input.ratioBp) : quotasByCount(pool, input.count!);
  const selected = selectEntities(seed, pool, quotas);
  const matchTeams = kind !== 'entities';
  const inspectorPool = matchTeams ? normalizeInspectors(input.inspectorPool) : [];
  const exclusions = matchTeams ? [...input.exclusions].sort((a, b) => byCodePoint(a[0], b[0]) || byCodePoint(a[1], b[1])) : [];
  const teams = matchTeams ? assignTeams(seed, selected, input.teamSize, inspectorPool, exclusions) : {};
  return {
    algorithm: ALGORITHM,
    kind,
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
    replacements: [],
  };
}

/** §7 kind "team": its pool and quotas are the dispatched entities (all of them), selected = them by score under its own seed. */
export function runTeamOnlyDraw(input: Omit<DrawInput, 'ratioBp' | 'count' | 'kind' | 'pool'> & { pool: Candidate[] }): DrawRecord {
  return runDraw({ ...input, kind: 'team', count: input.pool.length });
}

/**
 * §6 replacement of an inspector on entity e: C = e's eligible inspectors not in its team, never replaced out of it
 * and not the decider (`excluded`); G = the members of C at the smallest task load, by id; the replacement is
 * G[u(seed:e:r<n>) mod |G|], n counting e's replacements including this one. Undefined when C is empty.
 * Returns also the loads to publish: those of every inspector eligible for e.
 */
export function pickReplacement(args: {
  seed: string;
  entity: Candidate;
  team: string[];
  replacedOut: string[];
  excluded: string[];
  n: number;
  inspectorPool: InspectorCandidate[];
  exclusions: [string, string][];
  loads: Record<string, number>;
}): { inspectorId: string; group: string[]; loads: Record<string, number> } | undefined {
  const { ids, eligibleOf } = eligibility(args.inspectorPool, args.exclusions);
  const eligible = eligibleOf(args.entity).map((i) => ids[i]);
  const out = new Set([...args.team, ...args.replacedOut, ...args.excluded]);
  const candidates = eligible.filter((id) => !out.has(id));
  const loads = Object.fromEntries(eligible.map((id) => [id, args.loads[id] ?? 0]));
  if (!candidates.length) return undefined;
  const min = Math.min(...candidates.map((id) => loads[id]));
  const group = candidates.filter((id) => loads[id] === min);
  return { inspectorId: group[u(`${args.seed}:${args.entity.id}:r${args.n}`) % group.length], group, loads };
}

/** The teams as they stand after the record's replacements, in the order approved. */
export function currentTeams(record: Pick<DrawRecord, 'teams' | 'replacements'>): Record<string, string[]> {
  const teams = Object.fromEntries(Object.entries(record.teams).map(([e, t]) => [e, [...t]]));
  for (const r of record.replacements) teams[r.entityId] = teams[r.entityId].map((i) => (i === r.replaced ? r.replacement : i));
  return teams;
}

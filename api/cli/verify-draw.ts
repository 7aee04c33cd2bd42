/**
 * npm run verify:draw -- <record.json | URL> [<commitment announcement .json | URL>]
 * Recomputes a QD-DRAW-2 record from what it publishes — seed, commitment, inspectorPoolHash and committedAt before
 * the public source's date (§1a), poolHash, quotas, selected, teams, then every replacement in the order approved —
 * and names every step that differs. Given the announcement made before the draw (GET /api/public/commitments/
 * :taskCode), it also checks the record draws from the commitment and pools announced there. Written from DRAW-SPEC.md
 * alone: it shares no code with the draw (api/domain/draw.ts) beyond SHA-256 itself. Exit 0 = the record checks out.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';

type Replacement = { entityId: string; replaced: string; replacement: string; n: number; loads: Record<string, number>; excluded: string[] };
type Rec = {
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
  pool: { id: string; stratum: string }[];
  poolHash: string;
  ratioBp?: number;
  count?: number;
  quotas: Record<string, number>;
  selected: string[];
  teamSize: number;
  inspectorPool: { id: string; strata: string[] }[];
  exclusions: [string, string][];
  teams: Record<string, string[]>;
  replacements?: Replacement[];
};

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
/** u(s) of the spec: the first 13 hex digits of H(s) as a number. */
const u = (s: string) => parseInt(sha(s).slice(0, 13), 16);
// "ascending" in DRAW-SPEC is by Unicode code point.
const cp = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300);

/** Each problem names its step: seed, commitment, poolHash, quotas, selected, teams, replacement k. */
function verify(r: Rec): string[] {
  const problems: string[] = [];
  const same = (step: string, stored: unknown, computed: unknown) => {
    if (JSON.stringify(stored) !== JSON.stringify(computed)) problems.push(`${step}: record has ${show(stored)}, recomputed ${show(computed)}`);
  };
  same('algorithm', r.algorithm, 'QD-DRAW-2');
  if (!['full', 'entities', 'team'].includes(r.kind)) problems.push(`kind: ${show(r.kind)} is none of full, entities, team`);
  // §1
  const seed = sha('QD-DRAW-2|' + r.taskCode + '|' + r.nonce + '|' + (r.publicSource ?? ''));
  same('seed', r.seed, seed);
  // §1a
  if (r.commitment !== undefined) {
    same('commitment', r.commitment, sha('QD-DRAW-2-commit|' + r.taskCode + '|' + r.nonce));
    const inspectors = [...r.inspectorPool].sort((a, b) => cp(a.id, b.id)).map((i) => i.id + '\t' + [...new Set(i.strata)].sort(cp).join(',') + '\n');
    const pairs = [...r.exclusions].sort((a, b) => cp(a[0], b[0]) || cp(a[1], b[1])).map(([e, i]) => 'x\t' + e + '\t' + i + '\n');
    same('inspectorPoolHash', r.inspectorPoolHash, sha(inspectors.join('') + pairs.join('')));
    // committedAt must precede the public source's own date (a calendar date in China, UTC+8).
    const committedOn = Number.isNaN(Date.parse(r.committedAt ?? ''))
      ? undefined
      : new Date(Date.parse(r.committedAt!) + 8 * 3600_000).toISOString().slice(0, 10);
    if (!committedOn) problems.push(`committedAt: ${show(r.committedAt)} is not a time`);
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(r.publicSourceDate ?? ''))
      problems.push(`committedAt: the record names no date of its public source (publicSourceDate)`);
    else if (!(committedOn < r.publicSourceDate!))
      problems.push(`committedAt: committed on ${committedOn}, not before the public source's date ${r.publicSourceDate}`);
    if (!r.publicSource) problems.push('seed: a committed record must carry the public source it waited for');
  } else if (r.inspectorPoolHash !== undefined || r.committedAt !== undefined) problems.push('commitment: the record has commitment fields but no commitment');
  // §2
  const sorted = [...r.pool].sort((a, b) => cp(a.id, b.id));
  same('poolHash', r.poolHash, sha(sorted.map((c) => c.id + '\t' + c.stratum + '\n').join('')));
  // §3
  const n: Record<string, number> = {};
  for (const c of r.pool) n[c.stratum] = (n[c.stratum] ?? 0) + 1;
  const strata = Object.keys(n).sort(cp);
  const quotas: Record<string, number> = {};
  if ((r.ratioBp === undefined) === (r.count === undefined)) problems.push('quotas: exactly one of ratioBp and count must be present');
  if (r.ratioBp !== undefined) for (const s of strata) quotas[s] = Math.min(n[s], Math.floor((n[s] * r.ratioBp + 9999) / 10000));
  else if (r.count !== undefined) {
    const N = r.pool.length;
    const k = Math.min(r.count, N);
    let sum = 0;
    for (const s of strata) sum += quotas[s] = Math.floor((k * n[s]) / N);
    const order = [...strata].sort((a, b) => ((k * n[b]) % N) - ((k * n[a]) % N) || cp(a, b));
    for (let i = 0; i < k - sum; i++) quotas[order[i]]++;
  }
  for (const s of strata) if ((r.quotas[s] ?? 0) !== quotas[s]) problems.push(`quotas: ${s} has ${r.quotas[s]} in the record, recomputed ${quotas[s]}`);
  // §4
  const scored = r.pool.map((c) => ({ ...c, s: sha(seed + ':' + c.id) }));
  const byScore = (a: { id: string; s: string }, b: { id: string; s: string }) => (a.s < b.s ? -1 : a.s > b.s ? 1 : cp(a.id, b.id));
  const selected = strata
    .flatMap((st) =>
      scored
        .filter((c) => c.stratum === st)
        .sort(byScore)
        .slice(0, quotas[st]),
    )
    .sort(byScore);
  same(
    'selected',
    r.selected,
    selected.map((c) => c.id),
  );
  const replacements = r.replacements ?? [];
  // §7: a dispatched city draw publishes no inspectors, exclusions, teams or replacements.
  if (r.kind === 'entities') {
    if (r.inspectorPool.length || r.exclusions.length || Object.keys(r.teams).length || replacements.length)
      problems.push('teams: a kind "entities" record has no inspectors, exclusions, teams or replacements');
    return problems;
  }
  // §5
  const excluded = new Set(r.exclusions.map(([e, i]) => e + '\n' + i));
  const eligibleFor = (e: { id: string; stratum: string }) =>
    r.inspectorPool
      .filter((i) => i.strata.includes(e.stratum) && !excluded.has(e.id + '\n' + i.id))
      .map((i) => i.id)
      .sort(cp);
  const load: Record<string, number> = {};
  const teams: Record<string, string[]> = {};
  for (const e of selected) {
    const eligible = eligibleFor(e);
    if (eligible.length < r.teamSize) {
      problems.push(`teams: entity ${e.id} has only ${eligible.length} eligible inspectors for a team of ${r.teamSize}`);
      continue;
    }
    const team: string[] = [];
    for (let j = 1; j <= r.teamSize; j++) {
      const C = eligible.filter((i) => !team.includes(i));
      const least = Math.min(...C.map((i) => load[i] ?? 0));
      const G = C.filter((i) => (load[i] ?? 0) === least);
      const pick = G[u(seed + ':' + e.id + ':t' + j) % G.length];
      team.push(pick);
      load[pick] = (load[pick] ?? 0) + 1;
    }
    teams[e.id] = team;
  }
  for (const e of selected) same(`teams: team of ${e.id}`, r.teams[e.id], teams[e.id]);
  const extra = Object.keys(r.teams).filter((e) => !(e in teams));
  if (extra.length) problems.push(`teams: teams for entities not selected: ${extra.join(', ')}`);
  // §6, in the order approved: the loads are those of the teams as they then stood.
  const stratumOf = new Map(r.pool.map((c) => [c.id, c.stratum]));
  const current: Record<string, string[]> = Object.fromEntries(Object.entries(teams).map(([e, t]) => [e, [...t]]));
  const replacedOut: Record<string, string[]> = {};
  replacements.forEach((x, k) => {
    const step = `replacement ${k + 1} (${x.entityId}: ${x.replaced} → ${x.replacement})`;
    const team = current[x.entityId];
    if (!team || !stratumOf.has(x.entityId)) return problems.push(`${step}: ${x.entityId} has no team in this record`);
    if (!team.includes(x.replaced)) return problems.push(`${step}: ${x.replaced} is not in the team ${show(team)}`);
    const done = replacedOut[x.entityId] ?? [];
    if (x.n !== done.length + 1) problems.push(`${step}: n is ${x.n}, recomputed ${done.length + 1}`);
    const eligible = eligibleFor({ id: x.entityId, stratum: stratumOf.get(x.entityId)! });
    const taskLoad: Record<string, number> = {};
    for (const t of Object.values(current)) for (const i of t) taskLoad[i] = (taskLoad[i] ?? 0) + 1;
    same(`${step}: loads`, x.loads, Object.fromEntries(eligible.map((i) => [i, taskLoad[i] ?? 0])));
    const out = new Set([...team, ...done, x.replaced, ...(x.excluded ?? [])]);
    const C = eligible.filter((i) => !out.has(i));
    if (!C.length) return problems.push(`${step}: nobody is left to draw`);
    const least = Math.min(...C.map((i) => taskLoad[i] ?? 0));
    const G = C.filter((i) => (taskLoad[i] ?? 0) === least);
    same(`${step}: replacement`, x.replacement, G[u(seed + ':' + x.entityId + ':r' + (done.length + 1)) % G.length]);
    current[x.entityId] = team.map((i) => (i === x.replaced ? x.replacement : i));
    replacedOut[x.entityId] = [...done, x.replaced];
  });
  return problems;
}

type Announced = { commitment: string; poolHash: string; inspectorPoolHash: string; committedAt: string; publicSourceDate: string };

/** §1a, against what was announced before the draw (GET /api/public/commitments/:taskCode): the same commitment and pools. */
function checkAnnounced(r: Rec, announcement: { taskCode: string; commitments: Announced[] }): string[] {
  if (r.commitment === undefined) return ['commitment: the record has no commitment, but one was announced'];
  if (announcement.taskCode !== r.taskCode) return [`commitment: announced for ${announcement.taskCode}, the record is of ${r.taskCode}`];
  const a = announcement.commitments.find((c) => c.commitment === r.commitment);
  if (!a) return [`commitment: ${r.commitment} is none of the ${announcement.commitments.length} announced for ${r.taskCode}`];
  const problems: string[] = [];
  for (const field of ['poolHash', 'inspectorPoolHash', 'committedAt', 'publicSourceDate'] as const)
    if (a[field] !== r[field]) problems.push(`${field}: announced ${show(a[field])}, the record has ${show(r[field])}`);
  return problems;
}

const read = async (source: string) => JSON.parse(/^https?:\/\//.test(source) ? await (await fetch(source)).text() : fs.readFileSync(source, 'utf8'));

async function main() {
  const [source, announced] = process.argv.slice(2);
  if (!source) {
    console.error('usage: npm run verify:draw -- <record.json | URL> [<commitment announcement .json | URL>]');
    process.exit(2);
  }
  const record = (await read(source)) as Rec;
  const problems = verify(record);
  if (announced) problems.push(...checkAnnounced(record, await read(announced)));
  if (problems.length) {
    console.error(`record ${record.taskCode} does NOT check out:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  const replaced = record.replacements?.length ?? 0;
  console.log(
    `record ${record.taskCode} checks out (QD-DRAW-2, ${record.kind}): seed, ${record.commitment ? `commitment, inspectorPoolHash, committedAt before ${record.publicSourceDate}${announced ? ' (as announced)' : ''}, ` : ''}poolHash, ${Object.keys(record.quotas).length} quotas, ${record.selected.length} selected, ${Object.keys(record.teams).length} teams, ${replaced} replacements recomputed`,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

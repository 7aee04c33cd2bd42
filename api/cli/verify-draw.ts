/**
 * npm run verify:draw -- <record.json | URL>
 * Recomputes a QD-DRAW-1 record from what it publishes and says exactly what differs. Written from DRAW-SPEC.md
 * alone: it shares no code with the draw (api/domain/draw.ts) beyond SHA-256 itself. Exit 0 = the record checks out.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';

type Rec = {
  algorithm: string;
  taskCode: string;
  nonce: string;
  publicSource: string;
  seed: string;
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
};

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
// "ascending" in DRAW-SPEC is by Unicode code point.
const cp = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};

function verify(r: Rec): string[] {
  const problems: string[] = [];
  const same = (what: string, stored: unknown, computed: unknown) => {
    if (JSON.stringify(stored) !== JSON.stringify(computed)) problems.push(`${what}: record has ${JSON.stringify(stored)?.slice(0, 300)}, recomputed ${JSON.stringify(computed)?.slice(0, 300)}`);
  };
  same('algorithm', r.algorithm, 'QD-DRAW-1');
  // §1
  const seed = sha('QD-DRAW-1|' + r.taskCode + '|' + r.nonce + '|' + (r.publicSource ?? ''));
  same('seed', r.seed, seed);
  // §2
  const sorted = [...r.pool].sort((a, b) => cp(a.id, b.id));
  same('poolHash', r.poolHash, sha(sorted.map((c) => c.id + '\t' + c.stratum + '\n').join('')));
  // §3
  const n: Record<string, number> = {};
  for (const c of r.pool) n[c.stratum] = (n[c.stratum] ?? 0) + 1;
  const strata = Object.keys(n).sort(cp);
  const quotas: Record<string, number> = {};
  if ((r.ratioBp === undefined) === (r.count === undefined)) problems.push('exactly one of ratioBp and count must be present');
  if (r.ratioBp !== undefined) for (const s of strata) quotas[s] = Math.min(n[s], Math.floor((n[s] * r.ratioBp + 9999) / 10000));
  else if (r.count !== undefined) {
    const N = r.pool.length;
    const k = Math.min(r.count, N);
    let sum = 0;
    for (const s of strata) sum += quotas[s] = Math.floor((k * n[s]) / N);
    const order = [...strata].sort((a, b) => (k * n[b]) % N - (k * n[a]) % N || cp(a, b));
    for (let i = 0; i < k - sum; i++) quotas[order[i]]++;
  }
  for (const s of strata) if ((r.quotas[s] ?? 0) !== quotas[s]) problems.push(`quota of ${s}: record has ${r.quotas[s]}, recomputed ${quotas[s]}`);
  // §4
  const score = (id: string) => sha(seed + ':' + id);
  const scored = r.pool.map((c) => ({ ...c, s: score(c.id) }));
  const byScore = (a: { id: string; s: string }, b: { id: string; s: string }) => (a.s < b.s ? -1 : a.s > b.s ? 1 : cp(a.id, b.id));
  const selected = strata.flatMap((st) => scored.filter((c) => c.stratum === st).sort(byScore).slice(0, quotas[st])).sort(byScore);
  same('selected', r.selected, selected.map((c) => c.id));
  // §5 (a dispatched city draw publishes no inspectors: its teams are in the districts' own records)
  if (r.inspectorPool.length === 0 && Object.keys(r.teams).length === 0) return problems;
  const excluded = new Set(r.exclusions.map(([e, i]) => e + '\n' + i));
  const load: Record<string, number> = {};
  const teams: Record<string, string[]> = {};
  for (const e of selected) {
    const eligible = r.inspectorPool.filter((i) => i.strata.includes(e.stratum) && !excluded.has(e.id + '\n' + i.id));
    if (eligible.length < r.teamSize) {
      problems.push(`entity ${e.id}: only ${eligible.length} eligible inspectors for a team of ${r.teamSize}`);
      continue;
    }
    const team: string[] = [];
    while (team.length < r.teamSize) {
      const next = eligible
        .filter((i) => !team.includes(i.id))
        .map((i) => ({ id: i.id, load: load[i.id] ?? 0, h: sha(seed + ':' + e.id + ':' + i.id) }))
        .sort((a, b) => a.load - b.load || (a.h < b.h ? -1 : a.h > b.h ? 1 : cp(a.id, b.id)))[0];
      team.push(next.id);
      load[next.id] = (load[next.id] ?? 0) + 1;
    }
    teams[e.id] = team;
  }
  for (const e of selected) same(`team of ${e.id}`, r.teams[e.id], teams[e.id]);
  const extra = Object.keys(r.teams).filter((e) => !(e in teams));
  if (extra.length) problems.push(`teams for entities not selected: ${extra.join(', ')}`);
  return problems;
}

async function main() {
  const source = process.argv[2];
  if (!source) {
    console.error('usage: npm run verify:draw -- <record.json | URL>');
    process.exit(2);
  }
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : fs.readFileSync(source, 'utf8');
  const record = JSON.parse(text) as Rec;
  const problems = verify(record);
  if (problems.length) {
    console.error(`record ${record.taskCode} does NOT check out:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`record ${record.taskCode} checks out: seed, poolHash, ${Object.keys(record.quotas).length} quotas, ${record.selected.length} selected, ${Object.keys(record.teams).length} teams recomputed (QD-DRAW-1)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

/**
 * QD-DRAW-1 at scale (issue: tasks and the verifiable draw): a pool of 500,000 entities over 10 districts at 5%,
 * teams of 2 from 5,000 inspectors (500 per district). Reports the draw's time and its ratio to hashing the
 * 500,000 ids once with node:crypto on the same run. Data generated here, nothing stored.
 *   npx tsx test/bench/draw.ts [entities=500000] [inspectors=5000] [ratioBp=500]
 */
import { hash, randomBytes } from 'node:crypto';
import { runDraw, type Candidate } from '../../api/domain/draw.js';
import { makeUscc } from '../../api/cli/seed/library.js';
import { rng } from '../../api/cli/seed/random.js';

const [entities = 500_000, inspectors = 5_000, ratioBp = 500] = process.argv.slice(2).map(Number);
const DISTRICTS = ['370202', '370203', '370211', '370212', '370213', '370214', '370215', '370281', '370283', '370285'];
const r = rng(7);
const seen = new Set<string>();
const pool: Candidate[] = [];
while (pool.length < entities) {
  const d = DISTRICTS[pool.length % DISTRICTS.length];
  const id = makeUscc('enterprise', d, r);
  if (seen.has(id)) continue;
  seen.add(id);
  pool.push({ id, stratum: d });
}
const inspectorPool = Array.from({ length: inspectors }, (_, i) => ({ id: String(100_000 + i), strata: [DISTRICTS[i % DISTRICTS.length]] }));
const exclusions: [string, string][] = Array.from({ length: 200 }, (_, i) => [pool[i * 97].id, inspectorPool[i % inspectors].id]);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const hashTimes: number[] = [];
const drawTimes: number[] = [];
let record;
for (let run = 0; run < 3; run++) {
  let t = performance.now();
  for (const c of pool) hash('sha256', c.id, 'hex');
  hashTimes.push(performance.now() - t);
  t = performance.now();
  record = runDraw({ taskCode: 'QD-BENCH-001', nonce: randomBytes(32).toString('hex'), pool, ratioBp, teamSize: 2, inspectorPool, exclusions });
  drawTimes.push(performance.now() - t);
}
const h = median(hashTimes);
const d = median(drawTimes);
console.log(`QD-DRAW-1: ${entities.toLocaleString()} entities, ${ratioBp / 100}%, teams of 2 from ${inspectors.toLocaleString()} inspectors → ${record!.selected.length.toLocaleString()} selected`);
console.log(`hash ${entities.toLocaleString()} ids once: ${h.toFixed(0)} ms (median of 3)`);
console.log(`draw: ${d.toFixed(0)} ms (median of 3), ratio ${(d / h).toFixed(2)} — targets ≤ 1500 ms and ≤ 4`);

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignTeams, computeSeed, DrawError, H, pickReplacement, quotasByCount, quotasByRatio, runDraw, selectEntities, type Candidate } from '../../api/domain/draw.js';

const NONCE = '0f'.repeat(32);
const STRATA = ['市北区', '崂山区', '市南区'];
const vectorPool: Candidate[] = Array.from({ length: 12 }, (_, i) => ({ id: `E${String(i + 1).padStart(2, '0')}`, stratum: STRATA[i % 3] }));
const inspectors = ['I1', 'I2', 'I3', 'I4'].map((id) => ({ id, strata: STRATA }));

describe('QD-DRAW-1 test vectors (DRAW-SPEC)', () => {
  it('§1 seed', () => {
    expect(computeSeed('QD-2026-001', NONCE)).toBe('609de5769e804061232c423f2bd56b7be0bdd7000f4b63c81a551d65f369b240');
    expect(computeSeed('QD-2026-001', NONCE, '2026-11-27 福彩3D 4 1 9')).toBe('2fac1781ac9b5c86c7b7d8ea1cc4e25d32e8d92a1a84bf8efb99408481a64cd9');
  });
  it('§3–§4 ratio 2500 bp over E01…E12 → quotas 1/1/1, selected E02, E04, E06 by score', () => {
    const seed = computeSeed('QD-2026-001', NONCE);
    const quotas = quotasByRatio(vectorPool, 2500);
    expect(quotas).toEqual({ 市北区: 1, 崂山区: 1, 市南区: 1 });
    const selected = selectEntities(seed, vectorPool, quotas);
    expect(selected.map((s) => s.id)).toEqual(['E02', 'E04', 'E06']);
    expect(selected.map((s) => s.score.slice(0, 8))).toEqual(['1f3248f8', '230f727a', '4eca96df']);
  });
  it('§5 teams of 2 from I1–I4 with I1 in conflict with E02', () => {
    const seed = computeSeed('QD-2026-001', NONCE);
    const selected = selectEntities(seed, vectorPool, quotasByRatio(vectorPool, 2500));
    expect(assignTeams(seed, selected, 2, inspectors, [['E02', 'I1']])).toEqual({ E02: ['I3', 'I4'], E04: ['I1', 'I2'], E06: ['I4', 'I2'] });
  });
  it('§3 quotas by count: strata of 7/2/3 candidates, k = 5 → 3/1/1', () => {
    const pool = [...Array(7).fill('市南区'), ...Array(2).fill('市北区'), ...Array(3).fill('崂山区')].map((stratum, i) => ({ id: `X${i}`, stratum }));
    expect(quotasByCount(pool, 5)).toEqual({ 市南区: 3, 市北区: 1, 崂山区: 1 });
  });
  it('the whole record: pool sorted with its hash, exactly one of ratioBp/count', () => {
    const record = runDraw({ taskCode: 'QD-2026-001', nonce: NONCE, pool: [...vectorPool].reverse(), ratioBp: 2500, teamSize: 2, inspectorPool: inspectors, exclusions: [['E02', 'I1']] });
    expect(record.pool.map((p) => p.id)).toEqual(vectorPool.map((p) => p.id));
    expect(record.poolHash).toBe(H(vectorPool.map((p) => `${p.id}\t${p.stratum}\n`).join('')));
    expect(record).toMatchObject({ algorithm: 'QD-DRAW-1', ratioBp: 2500, selected: ['E02', 'E04', 'E06'], teamSize: 2 });
    expect(record).not.toHaveProperty('count');
  });
  it('fails naming every entity that cannot be staffed, and nothing else is returned', () => {
    const tooFew = [{ id: 'I1', strata: ['市北区'] }, { id: 'I2', strata: STRATA }];
    try {
      runDraw({ taskCode: 'QD-2026-001', nonce: NONCE, pool: vectorPool, ratioBp: 2500, teamSize: 2, inspectorPool: tooFew, exclusions: [] });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DrawError);
      // Selected are E02 (崂山区), E04 (市北区), E06 (市南区); only 市北区 has two inspectors.
      expect((err as DrawError).unstaffed.map((u) => u.entityId).sort()).toEqual(['E02', 'E06']);
    }
  });
});

describe('QD-DRAW-1 properties', () => {
  const HEX64 = fc.stringMatching(/^[0-9a-f]{64}$/);
  const poolArb = fc
    .uniqueArray(fc.record({ id: fc.stringMatching(/^[0-9A-H]{4}$/), stratum: fc.constantFrom('A区', 'B区', 'C区', 'D区') }), { selector: (c) => c.id, minLength: 1, maxLength: 60 })
    .map((xs) => xs as Candidate[]);

  it('quotas by ratio lie within [0, n] and are ceil(n·bp/10000)', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 1, max: 10_000 }), (pool, bp) => {
        const q = quotasByRatio(pool, bp);
        for (const s of new Set(pool.map((p) => p.stratum))) {
          const n = pool.filter((p) => p.stratum === s).length;
          expect(q[s]).toBe(Math.min(n, Math.ceil((n * bp) / 10_000)));
        }
      }),
    );
  });

  it('quotas by count sum to min(k, N), stay within [0, n], and are proportional within one (Hamilton)', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 1, max: 80 }), (pool, k) => {
        const q = quotasByCount(pool, k);
        const N = pool.length;
        const total = Object.values(q).reduce((a, b) => a + b, 0);
        expect(total).toBe(Math.min(k, N));
        for (const [s, qs] of Object.entries(q)) {
          const n = pool.filter((p) => p.stratum === s).length;
          const exact = (Math.min(k, N) * n) / N;
          expect(qs).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(qs).toBeLessThanOrEqual(Math.ceil(exact));
          expect(qs).toBeLessThanOrEqual(n);
        }
      }),
    );
  });

  it('teams have teamSize distinct members, never a conflicted pair, and loads differ by at most one when all are eligible', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 2, max: 3 }), fc.integer({ min: 3, max: 9 }), HEX64, (pool, teamSize, nInspectors, nonce) => {
        const insp = Array.from({ length: nInspectors }, (_, i) => ({ id: `I${i}`, strata: ['A区', 'B区', 'C区', 'D区'] }));
        const record = runDraw({ taskCode: 'P', nonce, pool, count: pool.length, teamSize, inspectorPool: insp, exclusions: [] });
        const loads = new Map<string, number>();
        for (const team of Object.values(record.teams)) {
          expect(new Set(team).size).toBe(teamSize);
          for (const i of team) loads.set(i, (loads.get(i) ?? 0) + 1);
        }
        const values = insp.map((i) => loads.get(i.id) ?? 0);
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('conflicts are never matched', () => {
    fc.assert(
      fc.property(poolArb, HEX64, fc.integer({ min: 0, max: 1000 }), (pool, nonce, salt) => {
        const insp = Array.from({ length: 5 }, (_, i) => ({ id: `I${i}`, strata: ['A区', 'B区', 'C区', 'D区'] }));
        const exclusions = pool.slice(0, 10).map((p, i) => [p.id, `I${(i + salt) % 5}`] as [string, string]);
        const record = runDraw({ taskCode: 'P', nonce, pool, ratioBp: 5000, teamSize: 2, inspectorPool: insp, exclusions });
        for (const [e, i] of exclusions) expect(record.teams[e] ?? []).not.toContain(i);
      }),
    );
  });

  it('the same inputs give the same record; another nonce gives another seed', () => {
    fc.assert(
      fc.property(poolArb, HEX64, (pool, nonce) => {
        const input = { taskCode: 'P', nonce, pool, ratioBp: 3000, teamSize: 2, inspectorPool: inspectors.map((i) => ({ ...i, strata: ['A区', 'B区', 'C区', 'D区'] })), exclusions: [] as [string, string][] };
        expect(runDraw(input)).toEqual(runDraw({ ...input, pool: [...pool].reverse() }));
        expect(runDraw({ ...input, nonce: nonce + 'x' }).seed).not.toBe(runDraw(input).seed);
      }),
      { numRuns: 50 },
    );
  });

  it('stratum proportionality: each stratum’s share of the selection follows its quota', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 1, max: 10_000 }), (pool, bp) => {
        const q = quotasByRatio(pool, bp);
        const selected = selectEntities(H('seed'), pool, q);
        for (const [s, qs] of Object.entries(q)) expect(selected.filter((c) => c.stratum === s).length).toBe(qs);
      }),
    );
  });
});

describe('§6 replacement', () => {
  it('picks the lowest (load, H(seed:e:i:rN), id) among the eligible outside the team and never replaced out', () => {
    const seed = computeSeed('QD-2026-001', NONCE);
    const entity = { id: 'E04', stratum: '市北区' };
    const pool = [...inspectors, { id: 'I5', strata: STRATA }];
    const loads = { I1: 1, I2: 2, I3: 1, I4: 2, I5: 1 };
    const first = pickReplacement({ seed, entity, team: ['I2'], replacedOut: ['I1'], n: 1, inspectorPool: pool, exclusions: [], loads })!;
    expect(first.candidates.map((c) => c.id).sort()).toEqual(['I3', 'I4', 'I5']);
    const expected = ['I3', 'I5'].sort((a, b) => (H(`${seed}:E04:${a}:r1`) < H(`${seed}:E04:${b}:r1`) ? -1 : 1))[0];
    expect(first.inspectorId).toBe(expected);
  });
  it('respects conflicts and finds nobody when nobody is left', () => {
    const seed = H('x');
    const entity = { id: 'E1', stratum: 'A' };
    expect(pickReplacement({ seed, entity, team: ['I1'], replacedOut: [], n: 1, inspectorPool: [{ id: 'I1', strata: ['A'] }, { id: 'I2', strata: ['A'] }], exclusions: [['E1', 'I2']], loads: {} })).toBeUndefined();
  });
});

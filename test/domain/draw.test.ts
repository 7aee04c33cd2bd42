import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignTeams,
  canonicalPool,
  canonicalPoolText,
  computeCommitment,
  computeSeed,
  currentTeams,
  DrawError,
  H,
  inspectorPoolHash,
  parseCanonicalPool,
  pickReplacement,
  quotasByCount,
  quotasByRatio,
  runDraw,
  runTeamOnlyDraw,
  selectEntities,
  u,
  type Candidate,
} from '../../api/domain/draw.js';

const NONCE = '0f'.repeat(32);
const STRATA = ['市北区', '崂山区', '市南区'];
const vectorPool: Candidate[] = Array.from({ length: 12 }, (_, i) => ({ id: `E${String(i + 1).padStart(2, '0')}`, stratum: STRATA[i % 3] }));
const inspectors = ['I1', 'I2', 'I3', 'I4', 'I5'].map((id) => ({ id, strata: STRATA }));

describe('QD-DRAW-2 test vectors (DRAW-SPEC)', () => {
  const seed = computeSeed('QD-2026-001', NONCE);
  it('§1 seed, with and without a public source', () => {
    expect(seed).toBe('2e203be4ec1c7d3f384416f37c2ac4143077805f39841e80e45cd8c08372858c');
    expect(computeSeed('QD-2026-001', NONCE, '2026-11-27 福彩3D 4 1 9')).toBe('de0c3b209202d98a441b5bbee46d0f7bf93990cdf1ef11a9e41e434deabe4cc6');
  });
  it('§1a commitment and inspectorPoolHash (strata sorted by code point)', () => {
    expect(computeCommitment('QD-2026-001', NONCE)).toBe('25ff030479de77111150c1d945bfa64ee7bb309e8f51ce7880c344ae8ad97ce2');
    expect(inspectorPoolHash(inspectors, [['E10', 'I3']])).toBe('76409dbb8b104114b7d2e8ab126ae58fc5c5c0ba0bb271ab6e5ed468e5939e2e');
  });
  it('§2 poolHash of E01…E12 round 市北区/崂山区/市南区', () => {
    expect(canonicalPool([...vectorPool].reverse()).poolHash).toBe('62b57bdfb93be93f496f5ccbb25e6059b19e54fdf4675db9a491a01b1b8b953c');
    expect(parseCanonicalPool(canonicalPoolText(vectorPool))).toEqual(vectorPool);
  });
  it('§3–§4 ratio 2500 bp → quotas 1/1/1, selected E10, E12, E11 by score', () => {
    const quotas = quotasByRatio(vectorPool, 2500);
    expect(quotas).toEqual({ 市北区: 1, 崂山区: 1, 市南区: 1 });
    const selected = selectEntities(seed, vectorPool, quotas);
    expect(selected.map((s) => s.id)).toEqual(['E10', 'E12', 'E11']);
    expect(selected.map((s) => s.score.slice(0, 8))).toEqual(['103b32cc', '3e6ad6ce', '4940882d']);
  });
  it('§5 teams of 2 from I1–I5, I3 in conflict with E10: one hash per slot', () => {
    const selected = selectEntities(seed, vectorPool, quotasByRatio(vectorPool, 2500));
    expect(assignTeams(seed, selected, 2, inspectors, [['E10', 'I3']])).toEqual({ E10: ['I4', 'I1'], E12: ['I2', 'I5'], E11: ['I3', 'I5'] });
    // The spec's hand check: slot 1 of E10 is G = I1 I2 I4 I5 at index u(seed:E10:t1) mod 4.
    expect(['I1', 'I2', 'I4', 'I5'][u(`${seed}:E10:t1`) % 4]).toBe('I4');
  });
  it('§6 replacing I2 on E12 (n = 1, loads I1 1, I2 1, I3 1, I4 1, I5 2): G = I1 I3 I4 → I4', () => {
    const pick = pickReplacement({
      seed,
      entity: { id: 'E12', stratum: '市南区' },
      team: ['I2', 'I5'],
      replacedOut: ['I2'],
      excluded: [],
      n: 1,
      inspectorPool: inspectors,
      exclusions: [['E10', 'I3']],
      loads: { I1: 1, I2: 1, I3: 1, I4: 1, I5: 2 },
    })!;
    expect(pick.group).toEqual(['I1', 'I3', 'I4']);
    expect(u(`${seed}:E12:r1`) % 3).toBe(2);
    expect(pick.inspectorId).toBe('I4');
    expect(pick.loads).toEqual({ I1: 1, I2: 1, I3: 1, I4: 1, I5: 2 });
  });
  it('§3 quotas by count: strata of 7/2/3 candidates, k = 5 → 3/1/1', () => {
    const pool = [...Array(7).fill('市南区'), ...Array(2).fill('市北区'), ...Array(3).fill('崂山区')].map((stratum, i) => ({ id: `X${i}`, stratum }));
    expect(quotasByCount(pool, 5)).toEqual({ 市南区: 3, 市北区: 1, 崂山区: 1 });
  });
  it('§7 the whole record: kind, pool sorted with its hash, exactly one of ratioBp/count, no replacements yet', () => {
    const record = runDraw({
      taskCode: 'QD-2026-001',
      nonce: NONCE,
      pool: [...vectorPool].reverse(),
      ratioBp: 2500,
      teamSize: 2,
      inspectorPool: [...inspectors].reverse(),
      exclusions: [['E10', 'I3']],
    });
    expect(record.pool).toEqual(vectorPool);
    expect(record.poolHash).toBe(H(vectorPool.map((p) => `${p.id}\t${p.stratum}\n`).join('')));
    expect(record).toMatchObject({ algorithm: 'QD-DRAW-2', kind: 'full', ratioBp: 2500, selected: ['E10', 'E12', 'E11'], teamSize: 2, replacements: [] });
    expect(record.inspectorPool.map((i) => i.id)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5']);
    expect(record).not.toHaveProperty('count');
  });
  it('§7 kind "entities" has no inspectors, exclusions or teams; kind "team" selects every dispatched entity', () => {
    const entities = runDraw({
      kind: 'entities',
      taskCode: 'QD-2026-001',
      nonce: NONCE,
      pool: vectorPool,
      ratioBp: 2500,
      teamSize: 2,
      inspectorPool: inspectors,
      exclusions: [['E10', 'I3']],
    });
    expect(entities).toMatchObject({ kind: 'entities', inspectorPool: [], exclusions: [], teams: {} });
    const team = runTeamOnlyDraw({
      taskCode: 'QD-2026-001',
      nonce: NONCE,
      pool: vectorPool.slice(0, 4),
      teamSize: 2,
      inspectorPool: inspectors,
      exclusions: [],
    });
    expect(team).toMatchObject({ kind: 'team', count: 4 });
    expect([...team.selected].sort()).toEqual(['E01', 'E02', 'E03', 'E04']);
  });
  it('§5 fails naming every entity that cannot be staffed', () => {
    const tooFew = [
      { id: 'I1', strata: ['市北区'] },
      { id: 'I2', strata: STRATA },
    ];
    try {
      runDraw({ taskCode: 'QD-2026-001', nonce: NONCE, pool: vectorPool, ratioBp: 2500, teamSize: 2, inspectorPool: tooFew, exclusions: [] });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DrawError);
      // Selected are E10 (市北区), E12 (市南区), E11 (崂山区); only 市北区 has two inspectors.
      expect((err as DrawError).unstaffed.map((x) => x.entityId).sort()).toEqual(['E11', 'E12']);
    }
  });
  it('§2 a pool given as its canonical text (as the database builds it) draws the same record; text out of order is sorted', () => {
    const input = {
      taskCode: 'QD-2026-001',
      nonce: NONCE,
      ratioBp: 2500,
      teamSize: 2,
      inspectorPool: inspectors,
      exclusions: [['E10', 'I3']] as [string, string][],
    };
    const fromCandidates = runDraw({ ...input, pool: vectorPool });
    expect(runDraw({ ...input, pool: canonicalPoolText(vectorPool) })).toEqual(fromCandidates);
    expect(runDraw({ ...input, pool: canonicalPoolText([...vectorPool].reverse()) })).toEqual(fromCandidates);
    expect(canonicalPool(canonicalPoolText(vectorPool)).text).toBe(canonicalPoolText(vectorPool));
  });
  it('§2 a pool with a duplicate id is refused, sorted or not', () => {
    expect(() => canonicalPool([...vectorPool, vectorPool[3]])).toThrow(/duplicate/);
    expect(() => canonicalPool([vectorPool[0], vectorPool[0]])).toThrow(/duplicate/);
  });
});

describe('QD-DRAW-2 properties', () => {
  const HEX64 = fc.stringMatching(/^[0-9a-f]{64}$/);
  const poolArb = fc
    .uniqueArray(fc.record({ id: fc.stringMatching(/^[0-9A-H]{4}$/), stratum: fc.constantFrom('A区', 'B区', 'C区', 'D区') }), {
      selector: (c) => c.id,
      minLength: 1,
      maxLength: 60,
    })
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
        const input = {
          taskCode: 'P',
          nonce,
          pool,
          ratioBp: 3000,
          teamSize: 2,
          inspectorPool: inspectors.map((i) => ({ ...i, strata: ['A区', 'B区', 'C区', 'D区'] })),
          exclusions: [] as [string, string][],
        };
        expect(runDraw(input)).toEqual(runDraw({ ...input, pool: [...pool].reverse() }));
        expect(runDraw({ ...input, nonce: nonce + 'x' }).seed).not.toBe(runDraw(input).seed);
      }),
      { numRuns: 50 },
    );
  });

  it('§5 teams are not fixed pairs: in a pool of six, over many seeds every eligible pair is drawn together', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ id: `I${i}`, strata: ['A区'] }));
    const pool = Array.from({ length: 6 }, (_, i) => ({ id: `E${i}`, stratum: 'A区' }));
    // I0 may not inspect E0: the pair (I0, x) can still meet on the other entities.
    const exclusions: [string, string][] = [['E0', 'I0']];
    fc.assert(
      fc.property(fc.array(HEX64, { minLength: 60, maxLength: 60 }), (nonces) => {
        const together = new Set<string>();
        for (const nonce of nonces) {
          const record = runDraw({ taskCode: 'P', nonce, pool, count: 6, teamSize: 2, inspectorPool: six, exclusions });
          for (const [a, b] of Object.values(record.teams)) together.add([a, b].sort().join('+'));
        }
        for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) expect(together).toContain(`I${a}+I${b}`);
      }),
      { numRuns: 20 },
    );
  });

  it('§5 the load-level bookkeeping gives exactly the teams of the spec’s plain procedure (scan C, take G, index by u)', () => {
    const naive = (seed: string, selected: Candidate[], teamSize: number, insp: { id: string; strata: string[] }[], exclusions: [string, string][]) => {
      const load: Record<string, number> = {};
      const teams: Record<string, string[]> = {};
      const sortedIds = insp.map((i) => i.id).sort();
      for (const e of selected) {
        const team: string[] = [];
        for (let j = 1; j <= teamSize; j++) {
          const C = sortedIds.filter(
            (id) => insp.find((i) => i.id === id)!.strata.includes(e.stratum) && !exclusions.some(([x, y]) => x === e.id && y === id) && !team.includes(id),
          );
          const least = Math.min(...C.map((id) => load[id] ?? 0));
          const G = C.filter((id) => (load[id] ?? 0) === least);
          const pick = G[u(`${seed}:${e.id}:t${j}`) % G.length];
          team.push(pick);
          load[pick] = (load[pick] ?? 0) + 1;
        }
        teams[e.id] = team;
      }
      return teams;
    };
    const STRATA4 = ['A区', 'B区', 'C区', 'D区'];
    const inspArb = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^I[0-9]{1,2}$/), strata: fc.subarray(STRATA4, { minLength: 1 }) }), {
      selector: (i) => i.id,
      minLength: 4,
      maxLength: 14,
    });
    fc.assert(
      fc.property(poolArb, inspArb, HEX64, fc.integer({ min: 2, max: 3 }), fc.nat(), (pool, insp, nonce, teamSize, salt) => {
        const exclusions = pool.slice(0, 8).map((p, i) => [p.id, insp[(i + salt) % insp.length].id] as [string, string]);
        const seed = computeSeed('P', nonce);
        const selected = selectEntities(seed, pool, quotasByRatio(pool, 5000));
        let expected: Record<string, string[]> | undefined;
        try {
          expected = naive(seed, selected, teamSize, insp, exclusions);
        } catch {
          expected = undefined;
        }
        const staffable = selected.every(
          (e) => insp.filter((i) => i.strata.includes(e.stratum) && !exclusions.some(([x, y]) => x === e.id && y === i.id)).length >= teamSize,
        );
        if (!staffable) expect(() => assignTeams(seed, selected, teamSize, insp, exclusions)).toThrow(DrawError);
        else expect(assignTeams(seed, selected, teamSize, insp, exclusions)).toEqual(expected);
      }),
      { numRuns: 300 },
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
  const seed = computeSeed('QD-2026-001', NONCE);
  const entity = { id: 'E04', stratum: '市北区' };
  it('never the team, anyone replaced out before, or the decider; G at the smallest load by id', () => {
    const pool = [...inspectors, { id: 'I6', strata: STRATA }];
    const loads = { I1: 1, I2: 2, I3: 1, I4: 2, I5: 1, I6: 1 };
    const pick = pickReplacement({
      seed,
      entity,
      team: ['I2', 'I4'],
      replacedOut: ['I1'],
      excluded: ['I6'],
      n: 2,
      inspectorPool: pool,
      exclusions: [],
      loads,
    })!;
    expect(pick.group).toEqual(['I3', 'I5']);
    expect(pick.inspectorId).toBe(['I3', 'I5'][u(`${seed}:E04:r2`) % 2]);
  });
  it('respects conflicts and refuses when C is empty', () => {
    const two = [
      { id: 'I1', strata: ['A'] },
      { id: 'I2', strata: ['A'] },
    ];
    expect(
      pickReplacement({
        seed,
        entity: { id: 'E1', stratum: 'A' },
        team: ['I1'],
        replacedOut: [],
        excluded: [],
        n: 1,
        inspectorPool: two,
        exclusions: [['E1', 'I2']],
        loads: {},
      }),
    ).toBeUndefined();
    expect(
      pickReplacement({
        seed,
        entity: { id: 'E1', stratum: 'A' },
        team: ['I1'],
        replacedOut: [],
        excluded: ['I2'],
        n: 1,
        inspectorPool: two,
        exclusions: [],
        loads: {},
      }),
    ).toBeUndefined();
  });
  it('§7 current teams apply the replacements in the order approved', () => {
    const replacements = [
      { entityId: 'E1', replaced: 'I1', replacement: 'I3', n: 1, loads: {}, excluded: [] },
      { entityId: 'E1', replaced: 'I3', replacement: 'I4', n: 2, loads: {}, excluded: [] },
    ];
    expect(currentTeams({ teams: { E1: ['I1', 'I2'], E2: ['I1', 'I3'] }, replacements })).toEqual({ E1: ['I4', 'I2'], E2: ['I1', 'I3'] });
  });
});

import { describe, expect, it } from 'vitest';
import { runDraw } from '../../api/domain/draw.js';
import { hashWasmSha256, nobleSha256, webCryptoSha256 } from '../../portal/verify/sha256.js';
import {
  byCodePoint,
  checkSeed,
  checkCommitment,
  checkInspectorPoolHash,
  checkPoolHash,
  expectedQuotas,
  expectedSelection,
  expectedTeams,
  verifyRecord,
  type StepId,
  type VerifiableRecord,
} from '../../portal/verify/verify.js';

const NONCE = '0f'.repeat(32);
const STRATA = ['市北区', '崂山区', '市南区'];
const pool = Array.from({ length: 12 }, (_, i) => ({ id: `E${String(i + 1).padStart(2, '0')}`, stratum: STRATA[i % 3] }));
const inspectors = ['I1', 'I2', 'I3', 'I4', 'I5'].map((id) => ({ id, strata: STRATA }));

/** The spec's vector record, written out by hand from DRAW-SPEC's test vectors (not by the server's draw). */
const vector = (): VerifiableRecord => ({
  algorithm: 'QD-DRAW-2',
  kind: 'full',
  taskCode: 'QD-2026-001',
  nonce: NONCE,
  publicSource: '',
  seed: '2e203be4ec1c7d3f384416f37c2ac4143077805f39841e80e45cd8c08372858c',
  pool,
  poolHash: '62b57bdfb93be93f496f5ccbb25e6059b19e54fdf4675db9a491a01b1b8b953c',
  ratioBp: 2500,
  quotas: { 市北区: 1, 崂山区: 1, 市南区: 1 },
  selected: ['E10', 'E12', 'E11'],
  teamSize: 2,
  inspectorPool: inspectors,
  exclusions: [['E10', 'I3']],
  teams: { E10: ['I4', 'I1'], E12: ['I2', 'I5'], E11: ['I3', 'I5'] },
  replacements: [{ entityId: 'E12', replaced: 'I2', replacement: 'I4', n: 1, loads: { I1: 1, I2: 1, I3: 1, I4: 1, I5: 2 }, excluded: [] }],
});

const backEnds = [nobleSha256, webCryptoSha256, await hashWasmSha256()];

const firstFailure = async (record: unknown) => (await verifyRecord(record, nobleSha256)).find((s) => !s.passed)?.id;

describe.each(backEnds)('the browser verifier on DRAW-SPEC test vectors (%s.name)', (h) => {
  it('§1 seed, with and without a public source', async () => {
    expect((await checkSeed(vector(), h)).passed).toBe(true);
    const withSource = { ...vector(), publicSource: '2026-11-27 福彩3D 4 1 9', seed: 'de0c3b209202d98a441b5bbee46d0f7bf93990cdf1ef11a9e41e434deabe4cc6' };
    expect((await checkSeed(withSource, h)).passed).toBe(true);
  });
  it('§1a commitment and inspectorPoolHash (strata by code point)', async () => {
    const committed = {
      ...vector(),
      commitment: '25ff030479de77111150c1d945bfa64ee7bb309e8f51ce7880c344ae8ad97ce2',
      inspectorPoolHash: '76409dbb8b104114b7d2e8ab126ae58fc5c5c0ba0bb271ab6e5ed468e5939e2e',
    };
    expect((await checkCommitment(committed, h)).passed).toBe(true);
    expect((await checkInspectorPoolHash(committed, h)).passed).toBe(true);
  });
  it('§2 poolHash, whatever order the pool is published in', async () => {
    expect((await checkPoolHash({ ...vector(), pool: [...pool].reverse() }, h)).passed).toBe(true);
  });
  it('§4 selection E10, E12, E11 with scores 103b32cc…, 3e6ad6ce…, 4940882d…', async () => {
    const { ids, scores } = await expectedSelection(vector(), h);
    expect(ids).toEqual(['E10', 'E12', 'E11']);
    expect(ids.map((id) => scores.get(id)!.slice(0, 8))).toEqual(['103b32cc', '3e6ad6ce', '4940882d']);
  });
  it('§5 teams E10 → I4, I1; E12 → I2, I5; E11 → I3, I5', async () => {
    expect(await expectedTeams(vector(), h)).toEqual({ E10: ['I4', 'I1'], E12: ['I2', 'I5'], E11: ['I3', 'I5'] });
  });
  it('§6 the whole vector record passes every step, replacement I2 → I4 on E12 included', async () => {
    const steps = await verifyRecord(vector(), h);
    expect(steps.map((s) => [s.id, s.passed])).toEqual([
      ['record', true],
      ['seed', true],
      ['poolHash', true],
      ['quotas', true],
      ['selection', true],
      ['teams', true],
      ['replacements', true],
    ]);
  });
});

describe('§3 quotas', () => {
  it('by count: strata of 7/2/3 (市南区/市北区/崂山区), k = 5 → 3/1/1', () => {
    const p = [...Array(7).fill('市南区'), ...Array(2).fill('市北区'), ...Array(3).fill('崂山区')].map((stratum, i) => ({ id: `X${i}`, stratum }));
    expect(expectedQuotas(p, undefined, 5)).toEqual({ 市南区: 3, 市北区: 1, 崂山区: 1 });
  });
  it('by ratio: rounded up, capped at the stratum', () => {
    expect(expectedQuotas(pool, 2500, undefined)).toEqual({ 市北区: 1, 崂山区: 1, 市南区: 1 });
    expect(expectedQuotas(pool, 10000, undefined)).toEqual({ 市北区: 4, 崂山区: 4, 市南区: 4 });
  });
});

describe('a record tampered in one part fails at that step', () => {
  const cases: [string, (r: VerifiableRecord) => unknown, StepId][] = [
    ['not an object', () => '[]', 'record'],
    ['a field missing', (r) => ({ ...r, seed: undefined }), 'record'],
    ['the nonce changed', (r) => ({ ...r, nonce: '1f' + NONCE.slice(2) }), 'seed'],
    ['one character of the seed altered', (r) => ({ ...r, seed: '3' + r.seed.slice(1) }), 'seed'],
    ['the public source changed', (r) => ({ ...r, publicSource: 'x' }), 'seed'],
    ['a commitment that the nonce does not open', (r) => ({ ...r, commitment: '0'.repeat(64) }), 'commitment'],
    [
      'committed after the public source',
      (r) => ({
        ...r,
        commitment: '25ff030479de77111150c1d945bfa64ee7bb309e8f51ce7880c344ae8ad97ce2',
        committedAt: '2026-12-09T00:00:00Z',
        publicSourceDate: '2026-12-08',
      }),
      'commitment',
    ],
    ['an entity moved to another stratum', (r) => ({ ...r, pool: r.pool.map((p) => (p.id === 'E01' ? { ...p, stratum: '市南区' } : p)) }), 'poolHash'],
    [
      'an inspector added after the commitment',
      (r) => ({
        ...r,
        inspectorPoolHash: '76409dbb8b104114b7d2e8ab126ae58fc5c5c0ba0bb271ab6e5ed468e5939e2e',
        inspectorPool: [...r.inspectorPool, { id: 'I6', strata: STRATA }],
      }),
      'inspectorPoolHash',
    ],
    ['a quota raised', (r) => ({ ...r, quotas: { ...r.quotas, 市北区: 2 } }), 'quotas'],
    ['one character of a selected code altered', (r) => ({ ...r, selected: ['E10', 'E13', 'E11'] }), 'selection'],
    ['the selection reordered', (r) => ({ ...r, selected: ['E12', 'E10', 'E11'] }), 'selection'],
    ['a team member swapped', (r) => ({ ...r, teams: { ...r.teams, E10: ['I3', 'I1'] } }), 'teams'],
    ['a replacement not the one drawn', (r) => ({ ...r, replacements: [{ ...r.replacements[0], replacement: 'I1' }] }), 'replacements'],
    ['a replacement with wrong n', (r) => ({ ...r, replacements: [{ ...r.replacements[0], n: 2 }] }), 'replacements'],
  ];
  it.each(cases)('%s', async (_, tamper, step) => {
    expect(await firstFailure(tamper(vector()))).toBe(step);
  });
  it('the failing step says what it expected and what it found', async () => {
    const steps = await verifyRecord({ ...vector(), selected: ['E10', 'E13', 'E11'] }, nobleSha256);
    expect(steps.find((s) => s.id === 'selection')).toMatchObject({ passed: false, expected: 'E12', found: 'E13' });
  });
});

describe('records the server draws verify (kinds full, entities, team)', () => {
  const big = Array.from({ length: 600 }, (_, i) => ({ id: `91370200MA${String(i).padStart(8, '0')}`, stratum: STRATA[i % 3] }));
  it.each(['full', 'entities'] as const)('%s', async (kind) => {
    const record = runDraw({
      kind,
      taskCode: 'QD-2026-009',
      nonce: NONCE,
      pool: big,
      ratioBp: 500,
      teamSize: 2,
      inspectorPool: kind === 'full' ? inspectors : [],
      exclusions: [],
    });
    const steps = await verifyRecord(JSON.parse(JSON.stringify({ ...record, status: 'valid' })), webCryptoSha256);
    expect(steps.filter((s) => !s.passed)).toEqual([]);
  });
});

describe('at scale, the verifier agrees with the server on every back end', () => {
  const DISTRICTS = ['370202', '370203', '370211', '370212', '370213'];
  const entities = Array.from({ length: 5_000 }, (_, i) => ({ id: `91370200${String(i * 7919).padStart(10, '0')}`, stratum: DISTRICTS[i % 5] }));
  const staff = Array.from({ length: 60 }, (_, i) => ({ id: String(100 + i), strata: [DISTRICTS[i % 5], DISTRICTS[(i + 1) % 5]] }));
  const record = runDraw({
    taskCode: 'QD-2026-010',
    nonce: NONCE,
    pool: entities,
    ratioBp: 300,
    teamSize: 3,
    inspectorPool: staff,
    exclusions: entities.slice(0, 400).map((e, i): [string, string] => [e.id, staff[i % 60].id]),
  });
  it.each(backEnds)('§4–§5 with exclusions and overlapping strata ($name)', async (h) => {
    const steps = await verifyRecord(JSON.parse(JSON.stringify(record)), h);
    expect(steps.filter((s) => !s.passed)).toEqual([]);
  });
});

describe('code point order (DRAW-SPEC "ascending")', () => {
  const reference = (a: string, b: string) => {
    const [x, y] = [Array.from(a, (c) => c.codePointAt(0)!), Array.from(b, (c) => c.codePointAt(0)!)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return Math.sign(x.length - y.length);
  };
  it('orders a character above U+FFFF after one in U+E000–U+FFFF, which UTF-16 code units would not', () => {
    expect(byCodePoint('\u{1F600}', '\uFF21')).toBe(1);
    expect('\u{1F600}' < '\uFF21').toBe(true);
  });
  it('agrees with comparing code points on mixed strings', () => {
    const alphabet = ['A', 'z', '0', '市', '\uE000', '\uFFFD', '\u{20000}', '\u{1F600}', '\u00E9'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const word = () => Array.from({ length: 1 + (next() % 4) }, () => alphabet[next() % alphabet.length]).join('');
    for (let i = 0; i < 2_000; i++) {
      const [a, b] = [word(), word()];
      expect([a, b, byCodePoint(a, b)]).toEqual([a, b, reference(a, b)]);
    }
  });
});

import { createHash } from 'node:crypto';
import type { NonceSource } from '../../actions/nonces.js';

/** A small seeded PRNG (mulberry32) so that db.json is reproducible from its generator. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

/**
 * Reproducible nonces for the demo draws: SHA-256(`label|n`), n = 1, 2, … — so db.json's teams stay put when it is
 * rebuilt. Anyone can recompute them: demo data only (a real server uses `randomNonce`).
 */
export function demoNonces(label: string): NonceSource {
  let n = 0;
  return () => createHash('sha256').update(`${label}|${++n}`).digest('hex');
}

/**
 * The SHA-256 back ends the verifier can run on (DRAW-SPEC's H): WebCrypto, asynchronous, in batches of promises;
 * @noble/hashes, synchronous JavaScript; and hash-wasm, synchronous WebAssembly with one reused hasher. All give the
 * same digests (the test vectors run on each); the worker uses hash-wasm, the fastest on a city-scale pool
 * (test/bench/verify-browser.ts measures each in Chromium).
 */
import { sha256 } from '@noble/hashes/sha2';
import { createSHA256 } from 'hash-wasm';

export interface Sha256 {
  name: string;
  /** H of each input. */
  many(inputs: string[]): Promise<string[]>;
  /** H of each input as raw digests end to end (32 bytes each): §4's scores for a whole pool. */
  digests(inputs: string[]): Promise<Uint8Array>;
  /** H of the concatenation of parts (a pool's canonical text, in slices). */
  joined(parts: string[]): Promise<string>;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const toHex = (bytes: Uint8Array): string => {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]];
  return out;
};

const encoder = new TextEncoder();

export const webCryptoSha256: Sha256 = {
  name: 'WebCrypto',
  async many(inputs) {
    const digests = await Promise.all(inputs.map((s) => crypto.subtle.digest('SHA-256', encoder.encode(s))));
    return digests.map((d) => toHex(new Uint8Array(d)));
  },
  async digests(inputs) {
    const out = new Uint8Array(inputs.length * 32);
    const got = await Promise.all(inputs.map((s) => crypto.subtle.digest('SHA-256', encoder.encode(s))));
    got.forEach((d, i) => out.set(new Uint8Array(d), i * 32));
    return out;
  },
  async joined(parts) {
    return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(parts.join('')))));
  },
};

export const nobleSha256: Sha256 = {
  name: '@noble/hashes',
  async many(inputs) {
    return inputs.map((s) => toHex(sha256(encoder.encode(s))));
  },
  async digests(inputs) {
    const out = new Uint8Array(inputs.length * 32);
    inputs.forEach((s, i) => out.set(sha256(encoder.encode(s)), i * 32));
    return out;
  },
  async joined(parts) {
    const h = sha256.create();
    for (const p of parts) h.update(encoder.encode(p));
    return toHex(h.digest());
  },
};

/** hash-wasm: one hasher, reset for each input (resuming from a saved `seed:` state measured slower). */
export async function hashWasmSha256(): Promise<Sha256> {
  const h = await createSHA256();
  const hex = (input: string) => h.init().update(input).digest('hex');
  return {
    name: 'hash-wasm',
    async many(inputs) {
      return inputs.map(hex);
    },
    async digests(inputs) {
      const out = new Uint8Array(inputs.length * 32);
      inputs.forEach((s, i) => out.set(h.init().update(s).digest('binary'), i * 32));
      return out;
    },
    async joined(parts) {
      h.init();
      for (const p of parts) h.update(p);
      return h.digest('hex');
    },
  };
}

/**
 * The two SHA-256 back ends the verifier can run on (DRAW-SPEC's H): WebCrypto, asynchronous, in batches of
 * promises, and @noble/hashes, synchronous. Both return 64 lowercase hex characters; the bench measures both.
 */
import { sha256 } from '@noble/hashes/sha2';

export interface Sha256 {
  name: string;
  /** H of each input. */
  many(inputs: string[]): Promise<string[]>;
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
  async joined(parts) {
    return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(parts.join('')))));
  },
};

export const nobleSha256: Sha256 = {
  name: '@noble/hashes',
  async many(inputs) {
    return inputs.map((s) => toHex(sha256(encoder.encode(s))));
  },
  async joined(parts) {
    const h = sha256.create();
    for (const p of parts) h.update(encoder.encode(p));
    return toHex(h.digest());
  },
};

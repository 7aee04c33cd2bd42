import { randomBytes } from 'node:crypto';

/** Where a draw's or a commitment's secret nonce comes from (DRAW-SPEC §1, §1a): 64 hex digits. */
export type NonceSource = () => string;

/** 32 bytes from the CSPRNG: what every real draw and commitment uses. */
export const randomNonce: NonceSource = () => randomBytes(32).toString('hex');

/**
 * When an outside system's delivery is tried again (issue 15): exponential backoff with full jitter, capped.
 * Pure: the random number comes in. The n-th retry (tries = how many attempts already failed, ≥ 1) waits a uniform
 * amount in [base·2^(tries−1) / 2, base·2^(tries−1)], never more than `maxMs` — half fixed so that retries do not
 * pile up at zero, half random so that many messages failing together spread out.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 60 * 60_000 };

export function retryDelayMs(tries: number, random: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  if (!Number.isInteger(tries) || tries < 1) throw new RangeError(`tries must be a positive integer, got ${tries}`);
  if (!(random >= 0 && random < 1)) throw new RangeError(`random must be in [0, 1), got ${random}`);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(tries - 1, 40));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** After a failed attempt: try again at `now + delay`, or give up (dead letter) once `maxTries` attempts failed. */
export function afterFailure(
  tries: number,
  maxTries: number,
  random: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): { state: 'failed' } | { state: 'pending'; delayMs: number } {
  if (tries >= maxTries) return { state: 'failed' };
  return { state: 'pending', delayMs: retryDelayMs(tries, random, policy) };
}

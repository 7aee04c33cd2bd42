import { describe, expect, it } from 'vitest';
import { afterFailure, retryDelayMs } from '../../api/domain/backoff.js';

const policy = { baseMs: 1000, maxMs: 10_000 };

describe('retryDelayMs', () => {
  it('doubles the ceiling with each failed try, jitter between half and the whole of it', () => {
    expect(retryDelayMs(1, 0, policy)).toBe(500);
    expect(retryDelayMs(1, 0.999999, policy)).toBe(1000);
    expect(retryDelayMs(2, 0, policy)).toBe(1000);
    expect(retryDelayMs(3, 0.5, policy)).toBe(3000);
    expect(retryDelayMs(4, 0, policy)).toBe(4000);
  });
  it('is capped at maxMs however many tries failed', () => {
    expect(retryDelayMs(5, 0.999999, policy)).toBe(10_000);
    expect(retryDelayMs(1000, 0, policy)).toBe(5000);
  });
  it('spreads many messages failing together', () => {
    const delays = new Set(Array.from({ length: 50 }, (_, i) => retryDelayMs(3, i / 50, policy)));
    expect(delays.size).toBe(50);
  });
  it('refuses nonsense', () => {
    expect(() => retryDelayMs(0, 0.5, policy)).toThrow(RangeError);
    expect(() => retryDelayMs(1, 1, policy)).toThrow(RangeError);
  });
});

describe('afterFailure', () => {
  it('retries until maxTries attempts failed, then dead-letters', () => {
    expect(afterFailure(1, 3, 0, policy)).toEqual({ state: 'pending', delayMs: 500 });
    expect(afterFailure(2, 3, 0, policy)).toEqual({ state: 'pending', delayMs: 1000 });
    expect(afterFailure(3, 3, 0, policy)).toEqual({ state: 'failed' });
  });
});

import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckChar, usccFitsType } from '../../api/domain/uscc.js';

describe('统一社会信用代码 — GB 32100-2015 (§3.3 entities are identified by it, §7.2)', () => {
  it('accepts published valid codes', () => {
    expect(checkUscc('91350100M000100Y43')).toBeUndefined();
    expect(checkUscc('11370100004188784H')).toBeUndefined();
  });
  it('computes the check character with the weights 1,3,9,27,… mod 31', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('11370100004188784')).toBe('H');
  });
  it('refuses a wrong check character', () => {
    expect(checkUscc('91350100M000100Y44')).toBe('check');
  });
  it('refuses the letters I, O, Z, S, V and lower case', () => {
    expect(checkUscc('91350100M000100I43')).toBe('charset');
    expect(checkUscc('91350100m000100y43')).toBe('charset');
  });
  it('refuses codes that are not 18 characters', () => {
    expect(checkUscc('91350100M000100Y4')).toBe('length');
    expect(checkUscc('')).toBe('length');
  });
  it('tells whether the registration prefix fits the §3.3 type (a warning, not a refusal)', () => {
    expect(usccFitsType('91350100M000100Y43', 'enterprise')).toBe(true);
    expect(usccFitsType('11370100004188784H', 'state_organ')).toBe(true);
    expect(usccFitsType('11370100004188784H', 'enterprise')).toBe(false);
  });
});

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 A-H J-N P-R T U W-Y; the 18th is a check character.
 * Pure functions, shared by the API and the admin.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or undefined when one is outside the charset. */
export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i]);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

export type UsccProblem = 'length' | 'charset' | 'check';

/** Why a code is not a valid USCC, or undefined when it is. */
export function checkUscc(code: string): UsccProblem | undefined {
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => USCC_CHARSET.includes(c))) return 'charset';
  return usccCheckChar(code.slice(0, 17)) === code[17] ? undefined : 'check';
}

export const USCC_MESSAGES: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为 18 位',
  charset: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）',
  check: '统一社会信用代码校验位不正确',
};

/** The eight kinds of inspected entity of §3.3. */
export const ENTITY_TYPES = [
  'enterprise',
  'individual',
  'private_non_enterprise',
  'partnership',
  'foundation',
  'state_organ',
  'public_institution',
  'social_group',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Registration authority + kind prefixes (REFERENCE.md) that fit each §3.3 type. */
const PREFIXES: Record<EntityType, string[]> = {
  enterprise: ['91', '93'],
  individual: ['92'],
  private_non_enterprise: ['52'],
  partnership: ['31', '91'],
  foundation: ['53'],
  state_organ: ['11'],
  public_institution: ['12'],
  social_group: ['51'],
};

/** True when the code's first two characters are usual for the type (a mismatch is worth a warning, not a refusal). */
export const usccFitsType = (code: string, type: EntityType): boolean => PREFIXES[type].includes(code.slice(0, 2));

export const prefixFor = (type: EntityType): string => PREFIXES[type][0];

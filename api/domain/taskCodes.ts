/**
 * Task codes (抽查任务编号) as the bureaus write them: <unit>-<year>-<number>, e.g. QD-2026-001 for the city bureau,
 * SN-2026-002 for 市南区. Pure functions.
 */

/** The letters of each unit's codes, by its GB/T 2260 division code. */
export const TASK_CODE_PREFIX: Record<string, string> = {
  '370200': 'QD',
  '370202': 'SN',
  '370203': 'SB',
  '370211': 'HD',
  '370212': 'LS',
  '370213': 'LC',
  '370214': 'CY',
  '370215': 'JM',
  '370281': 'JZ',
  '370283': 'PD',
  '370285': 'LX',
};

/** The next free code of a year: one more than the highest number the unit used that year, three digits at least. */
export function nextTaskCode(prefix: string, year: number, existing: Iterable<string>): string {
  const head = `${prefix}-${year}-`;
  let highest = 0;
  for (const code of existing) {
    if (!code.startsWith(head)) continue;
    const n = Number(code.slice(head.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${head}${String(highest + 1).padStart(3, '0')}`;
}

import { describe, expect, it } from 'vitest';
import { nextTaskCode, TASK_CODE_PREFIX } from '../../api/domain/taskCodes.js';

describe('task codes (抽查任务编号 <unit>-<year>-<number>)', () => {
  it('starts a year at 001 and takes one more than the highest number used that year', () => {
    expect(nextTaskCode('QD', 2027, [])).toBe('QD-2027-001');
    expect(nextTaskCode('QD', 2026, ['QD-2026-001', 'QD-2026-007', 'QD-2026-002'])).toBe('QD-2026-008');
  });
  it('ignores other units’ and other years’ codes, and numbers beyond three digits keep growing', () => {
    expect(nextTaskCode('SN', 2026, ['QD-2026-050', 'SN-2025-009', 'SN-2026-003'])).toBe('SN-2026-004');
    expect(nextTaskCode('SN', 2026, ['SN-2026-999'])).toBe('SN-2026-1000');
  });
  it('has a prefix for the city and each of its ten districts', () => {
    expect(Object.keys(TASK_CODE_PREFIX)).toHaveLength(11);
    expect(new Set(Object.values(TASK_CODE_PREFIX)).size).toBe(11);
  });
});

import { describe, expect, it } from 'vitest';
import { endOfChinaDay, lateIfStartedBy, plannedInspections, resultDeadlinesFrom, DEFAULT_RESULT_DEADLINES } from '../../api/domain/dashboard.js';
import { addWorkdays } from '../../api/domain/workdays.js';
import { buildHolidays, calendarOf } from '../../api/cli/seed/library.js';

const cal = calendarOf(buildHolidays());

describe('§13.2b results not confirmed or not published within the configured working days', () => {
  it('a step started on the cut-off day is late today, one started the next day is not', () => {
    for (const today of ['2026-03-02', '2026-02-25', '2026-10-09', '2026-12-28']) {
      for (const n of [1, 5, 10, 20]) {
        const cut = lateIfStartedBy(today, n, cal);
        expect(addWorkdays(cut, n, cal) < today).toBe(true);
        const next = new Date(Date.parse(`${cut}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(addWorkdays(next, n, cal) >= today).toBe(true);
      }
    }
  });
  it('counts 工作日: over 春节 2026 ten working days reach back before the break', () => {
    // Entered Mon 9 Feb: 10–14 Feb (Sat 14 worked), 24–28 Feb (Sat 28 worked; 16–23 off) — due 28 Feb, late on 2 March.
    expect(lateIfStartedBy('2026-03-02', 10, cal)).toBe('2026-02-09');
    expect(addWorkdays('2026-02-09', 10, cal)).toBe('2026-02-28');
    expect(addWorkdays('2026-02-10', 10, cal)).toBe('2026-03-02');
  });
  it('the end of a day in China is 16:00 UTC of that day', () => {
    expect(endOfChinaDay('2026-11-24')).toBe('2026-11-24T16:00:00.000Z');
  });
  it('the days are configured from the environment and refused when not whole working days', () => {
    expect(resultDeadlinesFrom({})).toEqual(DEFAULT_RESULT_DEADLINES);
    expect(resultDeadlinesFrom({ RESULT_CONFIRM_WORKDAYS: '5', RESULT_PUBLISH_WORKDAYS: '15' })).toEqual({ confirmWorkdays: 5, publishWorkdays: 15 });
    expect(() => resultDeadlinesFrom({ RESULT_PUBLISH_WORKDAYS: '2.5' })).toThrow(/RESULT_PUBLISH_WORKDAYS/);
    expect(() => resultDeadlinesFrom({ RESULT_CONFIRM_WORKDAYS: '0' })).toThrow(/RESULT_CONFIRM_WORKDAYS/);
  });
});

describe('§8.3 what a plan sets out to inspect', () => {
  it('a count as given, a ratio of the line’s library rounded up', () => {
    const size = (lineId: number) => ({ 1: 1000, 2: 7 })[lineId] ?? 0;
    expect(
      plannedInspections(
        [
          { lineId: 1, ratioBp: 300, count: null },
          { lineId: 2, ratioBp: 500, count: null },
          { lineId: 3, ratioBp: null, count: 12 },
        ],
        size,
      ),
    ).toBe(30 + 1 + 12);
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, addWorkdays, chinaDate, isRecordedLate, isWorkday, workdaysBetween } from '../../api/domain/workdays.js';
import { buildHolidays, calendarOf } from '../../api/cli/seed/library.js';

const cal = calendarOf(buildHolidays());

describe('working days under the official 2025–2026 schedule (§7.2.2, §7.3.2 count 工作日)', () => {
  it('春节 2026: Saturday 14 February is a make-up workday, Monday 16 to Monday 23 February are not workdays', () => {
    expect(isWorkday('2026-02-14', cal)).toBe(true);
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23']) expect(isWorkday(d, cal)).toBe(false);
    expect(isWorkday('2026-02-24', cal)).toBe(true);
    expect(isWorkday('2026-02-28', cal)).toBe(true);
  });
  it('国庆 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked', () => {
    for (let d = 1; d <= 8; d++) expect(isWorkday(`2025-10-0${d}`, cal)).toBe(false);
    expect(isWorkday('2025-09-28', cal)).toBe(true);
    expect(isWorkday('2025-10-11', cal)).toBe(true);
  });
  it('ordinary weekends are not workdays', () => {
    expect(isWorkday('2026-03-07', cal)).toBe(false);
    expect(isWorkday('2026-03-09', cal)).toBe(true);
  });
  it('addWorkdays crosses the 春节 break and counts the make-up Saturday', () => {
    // Fri 13 Feb + 1 = Sat 14 Feb (make-up day); + 2 = Tue 24 Feb (16–23 off).
    expect(addWorkdays('2026-02-13', 1, cal)).toBe('2026-02-14');
    expect(addWorkdays('2026-02-13', 2, cal)).toBe('2026-02-24');
    expect(addWorkdays('2026-02-13', 5, cal)).toBe('2026-02-27');
    expect(addWorkdays('2026-02-13', 6, cal)).toBe('2026-02-28');
  });
  it('workdaysBetween counts the days after the first up to and including the last', () => {
    expect(workdaysBetween('2026-02-13', '2026-02-24', cal)).toBe(2);
    expect(workdaysBetween('2025-09-30', '2025-10-09', cal)).toBe(1);
    expect(workdaysBetween('2026-03-09', '2026-03-09', cal)).toBe(0);
    expect(workdaysBetween('2026-03-10', '2026-03-09', cal)).toBe(0);
  });
});

describe('§7.2.2 / §7.3.2: a change is entered within five working days of the day it happened', () => {
  it('a change on Monday may be entered up to the next Monday, not the Tuesday', () => {
    expect(isRecordedLate('2026-03-09', '2026-03-16', cal)).toBe(false);
    expect(isRecordedLate('2026-03-09', '2026-03-17', cal)).toBe(true);
  });
  it('the 国庆 break does not count: a change on 30 September 2025 is on time until 14 October', () => {
    expect(addWorkdays('2025-09-30', 5, cal)).toBe('2025-10-14');
    expect(isRecordedLate('2025-09-30', '2025-10-14', cal)).toBe(false);
    expect(isRecordedLate('2025-09-30', '2025-10-15', cal)).toBe(true);
  });
  it('is "more than five working days between the change and its recording", for every pair of days over 2025–2026', () => {
    const days = Array.from({ length: 730 }, (_, i) => addDays('2025-01-01', i));
    for (const changedOn of days.filter((_, i) => i % 3 === 0))
      for (const recordedOn of days.filter((d) => d >= addDays(changedOn, -3) && d <= addDays(changedOn, 25)))
        expect({ changedOn, recordedOn, late: isRecordedLate(changedOn, recordedOn, cal) }).toEqual({
          changedOn,
          recordedOn,
          late: workdaysBetween(changedOn, recordedOn, cal) > 5,
        });
    expect(isRecordedLate('2026-02-27', '2026-12-03', cal)).toBe(true);
  });
  it('the working day is China’s: 23:30 UTC is already the next day in Qingdao', () => {
    expect(chinaDate(new Date('2026-03-09T23:30:00Z'))).toBe('2026-03-10');
    expect(chinaDate(new Date('2026-03-09T15:59:00Z'))).toBe('2026-03-09');
  });
});

/**
 * Working days (工作日) under the official holiday and make-up-workday (调休) schedule.
 * Dates are ISO `YYYY-MM-DD` strings in China's calendar; no time zones involved. Pure functions.
 */
export interface Calendar {
  /** Official days off, including those falling on a weekend. */
  holidays: ReadonlySet<string>;
  /** Weekend days that are official working days (调休). */
  workdays: ReadonlySet<string>;
}

export const emptyCalendar: Calendar = { holidays: new Set(), workdays: new Set() };

const DAY = 86_400_000;
const toDate = (iso: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not an ISO date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
};
const toIso = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (iso: string, n: number) => toIso(new Date(toDate(iso).getTime() + n * DAY));

export function isWorkday(iso: string, cal: Calendar): boolean {
  if (cal.workdays.has(iso)) return true;
  if (cal.holidays.has(iso)) return false;
  const weekday = toDate(iso).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date n working days after `iso` (n ≥ 0; n = 0 gives `iso` itself). */
export function addWorkdays(iso: string, n: number, cal: Calendar): string {
  let day = iso;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkday(day, cal)) left--;
  }
  return day;
}

/** Working days in (from, to]: the days after `from` up to and including `to`. 0 when to ≤ from. */
export function workdaysBetween(from: string, to: string, cal: Calendar): number {
  let n = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkday(day, cal)) n++;
  return n;
}

/** §7.2.2 / §7.3.2: a change must be entered within five working days of the day it happened. */
export const UPDATE_DEADLINE_WORKDAYS = 5;

/** True when a change that happened on `changedOn` and was recorded on `recordedOn` was recorded too late. */
export const isRecordedLate = (changedOn: string, recordedOn: string, cal: Calendar): boolean =>
  // More than five working days in (changedOn, recordedOn] is exactly "on or after the sixth working day": a few steps
  // from the change, not one per day up to the recording (a change of February recorded in December is ~280 days).
  recordedOn >= addWorkdays(changedOn, UPDATE_DEADLINE_WORKDAYS + 1, cal);

/** Today's date in China (UTC+8, no daylight saving), as the bureau's staff see it. */
export const chinaDate = (instant: Date): string => toIso(new Date(instant.getTime() + 8 * 3_600_000));

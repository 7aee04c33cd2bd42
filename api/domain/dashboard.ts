/**
 * The supervision dashboard's dates (§13.2): the configured time a result may wait for confirmation and for
 * publication, turned into the last day an entry or a confirmation may carry and still be on time. Pure functions.
 */
import { addDays, addWorkdays, type Calendar } from './workdays.js';

/** §13.2b "未依法及时公示": how long a result may wait, in working days. */
export interface ResultDeadlines {
  /** From the first entry of a result to its confirmation (§9.3.2.4). */
  confirmWorkdays: number;
  /** From confirmation to publication (§5.3; the State Council's rule is 20 working days). */
  publishWorkdays: number;
}

export const DEFAULT_RESULT_DEADLINES: ResultDeadlines = { confirmWorkdays: 10, publishWorkdays: 20 };

/** The deadlines from RESULT_CONFIRM_WORKDAYS / RESULT_PUBLISH_WORKDAYS (whole numbers 1–250), the defaults otherwise. */
export function resultDeadlinesFrom(env: Record<string, string | undefined>): ResultDeadlines {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 250) throw new Error(`${name} should be a whole number of working days (1–250), not ${raw}`);
    return n;
  };
  return {
    confirmWorkdays: read('RESULT_CONFIRM_WORKDAYS', DEFAULT_RESULT_DEADLINES.confirmWorkdays),
    publishWorkdays: read('RESULT_PUBLISH_WORKDAYS', DEFAULT_RESULT_DEADLINES.publishWorkdays),
  };
}

/**
 * The last start day whose `n`-working-day deadline has passed by `today`: a step started on that day or before and
 * still not done is late (its deadline, n working days later, is before today). The deadline only grows with the start
 * day, so "late" is exactly "started on or before this day" — a date filter a list can apply.
 */
export function lateIfStartedBy(today: string, n: number, cal: Calendar): string {
  let day = addDays(today, -1);
  while (addWorkdays(day, n, cal) >= today) day = addDays(day, -1);
  return day;
}

/** The instant a day in China (UTC+8) ends: what a timestamp filter compares with to mean "on or before that day". */
export const endOfChinaDay = (iso: string): string => new Date(`${addDays(iso, 1)}T00:00:00+08:00`).toISOString();

/** A year as the first and last day of it (tasks' and results' deadlines, referrals' dates fall in their plan's year). */
export const yearDays = (year: number) => ({ first: `${year}-01-01`, last: `${year}-12-31` });

export interface PlannedLine {
  lineId: number;
  ratioBp: number | null;
  count: number | null;
}

/**
 * §8.3 what a plan sets out to inspect: each line's count, or its ratio (basis points) of the library's active entities
 * in that line, rounded up (a ratio of a non-empty library inspects at least one).
 */
export function plannedInspections(lines: readonly PlannedLine[], librarySize: (lineId: number) => number): number {
  return lines.reduce((sum, l) => sum + (l.count ?? Math.ceil(((l.ratioBp ?? 0) * librarySize(l.lineId)) / 10_000)), 0);
}

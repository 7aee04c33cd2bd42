import type { Queryable } from '../store/db.js';
import type { Row } from '../store/store.js';
import type { WriteContext } from './types.js';
import { badRequest } from '../rest/errors.js';
import { chinaDate, isRecordedLate, type Calendar } from '../domain/workdays.js';
import { loadCalendar } from './holidays.js';

/**
 * What validating a library record (entity or inspector) needs to look up, loaded once per request or import:
 * the calendar for the five-working-day rule, the district codes, the lines, today's date in China.
 */
export interface LibraryLookups {
  calendar: Calendar;
  /** district code → unit id */
  districts: Map<string, number>;
  /** department id → unit id */
  departments: Map<number, number>;
  lineIds: Set<number>;
  /** user id → unit id (an inspector's account must be of its unit) */
  users: Map<number, number>;
  today: string;
}

export async function loadLookups(q: Queryable, now: string): Promise<LibraryLookups> {
  const [calendar, units, departments, lines, users] = await Promise.all([
    loadCalendar(q),
    q.query<{ id: number; code: string }>(`SELECT id, code FROM units WHERE level = 'district'`),
    q.query<{ id: number; unitId: number }>('SELECT id, "unitId" FROM departments'),
    q.query<{ id: number }>('SELECT id FROM lines'),
    q.query<{ id: number; unitId: number }>('SELECT id, "unitId" FROM users'),
  ]);
  return {
    calendar,
    districts: new Map(units.map((u) => [u.code, u.id])),
    departments: new Map(departments.map((d) => [d.id, d.unitId])),
    lineIds: new Set(lines.map((l) => l.id)),
    users: new Map(users.map((u) => [u.id, u.unitId])),
    today: chinaDate(new Date(now)),
  };
}

/**
 * §7.2.2 / §7.3.2: a change must reach the library within five working days of the day it happened.
 * The flag belongs to the change: it is computed when `changedOn` is first recorded or changes, and kept otherwise.
 * Returns an error message for `changedOn`, or the stamp.
 */
export function stampChange(changedOn: string, existing: Row | undefined, lookups: LibraryLookups): { recordedOn: string; overdue: boolean } | string {
  if (existing && existing.changedOn === changedOn) return { recordedOn: existing.recordedOn as string, overdue: existing.overdue as boolean };
  if (changedOn > lookups.today) return '变动日期不能晚于今天';
  return { recordedOn: lookups.today, overdue: isRecordedLate(changedOn, lookups.today, lookups.calendar) };
}

export type LibraryCheck<I> = (
  input: I,
  existing: Row | undefined,
  lookups: LibraryLookups,
) => { record: Record<string, unknown> } | { errors: Record<string, string> };

/** A library resource's `prepare`: the same check single writes and imports use, with a 400 naming each field. */
export const prepareWith =
  <I>(check: LibraryCheck<I>) =>
  async (input: Record<string, unknown>, { tx, existing }: WriteContext) => {
    const result = check(input as I, existing, await loadLookups(tx, tx.now));
    if ('errors' in result) throw badRequest(`数据校验失败：${Object.keys(result.errors).join('、')}`, result.errors);
    return result.record;
  };

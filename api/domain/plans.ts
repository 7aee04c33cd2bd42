/**
 * Annual plans (§8): coverage of the item list (§8.3), the 31 March deadline (§8.1), and differences between
 * versions of a plan (§8.2). Pure functions.
 */
import { chinaDate } from './workdays.js';
import { diffFields, type FieldChange } from './diff.js';

export interface PlanItem {
  id: number;
  name: string;
}

/** §8.3: the active items of the unit that no plan line covers and no exemption excuses. */
export function uncoveredItems<T extends PlanItem>(activeItems: T[], lines: { itemId: number }[], exemptItemIds: Iterable<number> = []): T[] {
  const covered = new Set(lines.map((l) => l.itemId));
  const exempt = new Set(exemptItemIds);
  return activeItems.filter((i) => !covered.has(i.id) && !exempt.has(i.id));
}

/** §8.1: a year's plan is due by the end of March of that year (China time). */
export const planDeadline = (year: number) => `${year}-03-31`;

export const isPublishedLate = (year: number, publishedAt: Date): boolean => chinaDate(publishedAt) > planDeadline(year);

/** The fields of a plan line that make up its content (what a version diff compares). */
export const PLAN_LINE_FIELDS = ['itemId', 'departmentId', 'ratioBp', 'count', 'frequency', 'windowStart', 'windowEnd', 'method', 'joint', 'note'] as const;

export interface PlanLineLike {
  id: number;
  [field: string]: unknown;
}

export type LineDiff =
  | { kind: 'added'; id: number; after: PlanLineLike }
  | { kind: 'removed'; id: number; before: PlanLineLike }
  | { kind: 'changed'; id: number; before: PlanLineLike; after: PlanLineLike; changes: FieldChange[] };

/** §8.2: line-by-line difference between two versions of a plan (lines matched by id). */
export function diffPlanLines(from: PlanLineLike[], to: PlanLineLike[]): LineDiff[] {
  const before = new Map(from.map((l) => [l.id, l]));
  const after = new Map(to.map((l) => [l.id, l]));
  const out: LineDiff[] = [];
  for (const [id, b] of before) {
    const a = after.get(id);
    if (!a) out.push({ kind: 'removed', id, before: b });
    else {
      const changes = diffFields(b, a, PLAN_LINE_FIELDS);
      if (changes.length) out.push({ kind: 'changed', id, before: b, after: a, changes });
    }
  }
  for (const [id, a] of after) if (!before.has(id)) out.push({ kind: 'added', id, after: a });
  return out.sort((x, y) => x.id - y.id);
}

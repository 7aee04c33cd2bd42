import type { GridRowId } from '@mui/x-data-grid';
import type { Department, PlanLineFields } from '../records';
import type { PlanItem } from './usePlanLineOptions';

/** A row of a line grid: a stored line, a line being added (isNew), or in a proposal a line changed/added/removed. */
export type LineRow = Partial<PlanLineFields> & {
  id: GridRowId;
  version?: number;
  unitId?: number;
  lineId?: number;
  isNew?: boolean;
  change?: 'new' | 'changed' | 'removed';
};

/** The translation key of what is missing or contradictory in a row, checked before it is sent. */
export function lineProblem(row: LineRow): string | undefined {
  if (!row.itemId || !row.departmentId) return 'qd.plans.lines.item_and_department';
  if ((row.ratioBp == null) === (row.count == null)) return 'qd.plans.lines.ratio_or_count';
  if (!row.windowStart || !row.windowEnd) return 'qd.plans.lines.window_required';
  return undefined;
}

/** The fields the API takes for a line (POST/PUT planLines, or an adjustment's upsert). */
export const lineFields = (row: LineRow): PlanLineFields => ({
  itemId: row.itemId!,
  departmentId: row.departmentId!,
  ratioBp: row.ratioBp ?? null,
  count: row.count ?? null,
  frequency: row.frequency ?? 'once',
  windowStart: row.windowStart!,
  windowEnd: row.windowEnd!,
  method: row.method ?? 'onsite',
  joint: row.joint ?? false,
  note: row.note?.trim() || null,
});

/** The implementing office of an item's line. */
export const officeFor = (item: PlanItem | undefined, departments: Department[]) => departments.find((d) => d.lineId === item?.lineId);

let nextNew = 0;

/** A blank line for the plan's year, for `item` when given (its line's office, its first method). */
export function newLineRow(year: number, item: PlanItem | undefined, departments: Department[]): LineRow {
  nextNew += 1;
  return {
    id: `new-${nextNew}`,
    isNew: true,
    itemId: item?.id,
    departmentId: officeFor(item, departments)?.id,
    ratioBp: null,
    count: null,
    frequency: 'once',
    windowStart: `${year}-01-01`,
    windowEnd: `${year}-12-31`,
    method: (item?.methods[0] as PlanLineFields['method'] | undefined) ?? 'onsite',
    joint: false,
    note: null,
  };
}

/** A new line asked for by the coverage panel's shortcut (`key` makes asking twice for one item count twice). */
export interface LineRequest {
  itemId: number;
  key: number;
}

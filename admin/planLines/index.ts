import type { FREQUENCIES, INSPECTION_METHODS } from '../plans/choices';

/** What a plan line says: an item, its implementing office, a ratio (basis points: 5% = 500) or a count, when and how. */
export interface PlanLineFields {
  itemId: number;
  departmentId: number;
  ratioBp: number | null;
  count: number | null;
  frequency: (typeof FREQUENCIES)[number];
  windowStart: string;
  windowEnd: string;
  method: (typeof INSPECTION_METHODS)[number];
  joint: boolean;
  note: string | null;
}

export interface PlanLine extends PlanLineFields {
  id: number;
  version: number;
  planId: number;
  /** Computed by the API: the plan's unit and the item's business line. */
  unitId: number;
  lineId: number;
}

/** Plan lines are edited inside their plan (the plan page's grid), never on pages of their own. */
export default {
  recordRepresentation: (l: PlanLine) => `#${l.id}`,
};

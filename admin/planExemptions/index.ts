/** §8.3: an item the plan does not cover, excused by the lead office with a reason. */
export interface PlanExemption {
  id: number;
  version: number;
  planId: number;
  itemId: number;
  reason: string;
  unitId: number;
}

/** Exemptions are recorded from the plan page's coverage panel. */
export default {
  recordRepresentation: (e: PlanExemption) => `#${e.id}`,
};

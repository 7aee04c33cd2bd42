import type { PlanExemption } from '../records';

/** Exemptions are recorded from the plan page's coverage panel. */
export default {
  recordRepresentation: (e: PlanExemption) => `#${e.id}`,
};

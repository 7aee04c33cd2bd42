import type { PlanLine } from '../records';

/** Plan lines are edited inside their plan (the plan page's grid), never on pages of their own. */
export default {
  recordRepresentation: (l: PlanLine) => `#${l.id}`,
};

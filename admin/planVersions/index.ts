import type { PlanVersion } from '../records';

/** Versions are read on their plan's page (版本记录 tab). */
export default {
  recordRepresentation: (v: PlanVersion) => `v${v.planVersion}`,
};

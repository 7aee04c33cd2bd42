import type { PlanLineLike } from '../../api/domain/plans';

/** A plan as published (read-only): version 1 at publication, one more per accepted adjustment (§8.2). */
export interface PlanVersion {
  id: number;
  planId: number;
  unitId: number;
  planVersion: number;
  publishedAt: string;
  publishedByName: string | null;
  late: boolean;
  /** The adjustment's reason; null for the first publication. */
  reason: string | null;
  adjustmentId: number | null;
  /** The plan's lines as published (stored rows). */
  lines: PlanLineLike[];
  exemptions: unknown[];
}

/** Versions are read on their plan's page (版本记录 tab). */
export default {
  recordRepresentation: (v: PlanVersion) => `v${v.planVersion}`,
};

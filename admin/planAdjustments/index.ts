import type { PlanLineFields } from '../planLines';

/** A line's proposal to change a published plan (§8.2), decided by the lead office. */
export interface PlanAdjustment {
  id: number;
  version: number;
  planId: number;
  unitId: number;
  lineId: number | null;
  proposedBy: number;
  proposedByName: string | null;
  basedOnVersion: number;
  reason: string;
  upserts: (PlanLineFields & { id?: number })[];
  removals: number[];
  status: 'pending' | 'accepted' | 'rejected';
  decidedBy: number | null;
  decidedAt: string | null;
  decisionReason: string | null;
  resultingVersion: number | null;
  createdAt: string;
}

/** Adjustments are proposed and decided on their plan's page (计划调整 tab). */
export default {
  recordRepresentation: (a: PlanAdjustment) => `#${a.id}`,
};

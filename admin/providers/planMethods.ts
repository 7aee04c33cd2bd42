import type { fetchUtils, Identifier } from 'react-admin';
import type { LineDiff } from '../../api/domain/plans';
import type { Plan, PlanAdjustment, PlanLineFields } from '../records';

import type { PlanCoverage } from '../../api/actions/plans';

export type { PlanCoverage };

/** POST /api/plans/:id/adjustments: changed or new lines (an id changes an existing line) and removed line ids. */
export interface AdjustmentProposal {
  reason: string;
  upserts: (PlanLineFields & { id?: number })[];
  removals: number[];
}

export type AdjustmentVerdict = 'accept' | 'reject';

/** The plan actions of api/actions/plans.ts beside simple-rest's CRUD. */
export interface PlanMethods {
  getPlanCoverage(planId: Identifier): Promise<PlanCoverage>;
  publishPlan(planId: Identifier): Promise<Plan>;
  /** Line-by-line difference between two published versions (0 = the current lines). */
  getPlanDiff(planId: Identifier, from: number, to: number): Promise<LineDiff[]>;
  proposePlanAdjustment(planId: Identifier, proposal: AdjustmentProposal): Promise<PlanAdjustment>;
  decidePlanAdjustment(adjustmentId: Identifier, verdict: AdjustmentVerdict, reason?: string): Promise<PlanAdjustment>;
  /** The lead office accepts a proposal with its lines amended (the reason says why). */
  acceptAmendedAdjustment(adjustmentId: Identifier, amended: AdjustmentProposal): Promise<PlanAdjustment>;
  /** The proposer takes back a pending proposal. */
  withdrawPlanAdjustment(adjustmentId: Identifier): Promise<PlanAdjustment>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

export const planMethods = (apiUrl: string, http: HttpClient): PlanMethods => {
  const get = async <T>(path: string) => (await http(`${apiUrl}${path}`)).json as T;
  const post = async <T>(path: string, body: unknown) => (await http(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;
  return {
    getPlanCoverage: (planId) => get(`/plans/${planId}/coverage`),
    publishPlan: (planId) => post(`/plans/${planId}/publish`, {}),
    getPlanDiff: (planId, from, to) => get(`/plans/${planId}/diff?${new URLSearchParams({ from: String(from), to: String(to) })}`),
    proposePlanAdjustment: (planId, proposal) => post(`/plans/${planId}/adjustments`, proposal),
    decidePlanAdjustment: (adjustmentId, verdict, reason) => post(`/planAdjustments/${adjustmentId}/${verdict}`, reason ? { reason } : {}),
    acceptAmendedAdjustment: (adjustmentId, amended) => post(`/planAdjustments/${adjustmentId}/accept`, amended),
    withdrawPlanAdjustment: (adjustmentId) => post(`/planAdjustments/${adjustmentId}/withdraw`, {}),
  };
};

import type { PlanLineLike } from '../../api/domain/plans';
import type { PlanAdjustment } from '../records';

/**
 * The lines a proposal would leave: its removals gone, its changes applied, its new lines added (numbered -1, -2 …
 * until the lead office accepts and they get real ids). What api/actions/plans.ts's applyAdjustment does on accept.
 */
export function applyProposal(base: PlanLineLike[], { upserts, removals }: Pick<PlanAdjustment, 'upserts' | 'removals'>): PlanLineLike[] {
  const changed = new Map(upserts.filter((u) => u.id !== undefined).map((u) => [u.id!, u]));
  const kept = base.filter((l) => !removals.includes(l.id)).map((l) => ({ ...l, ...changed.get(l.id) }));
  const added = upserts.filter((u) => u.id === undefined).map((u, i) => ({ ...u, id: -(i + 1) }));
  return [...kept, ...added];
}

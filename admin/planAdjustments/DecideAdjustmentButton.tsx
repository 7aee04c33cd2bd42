import { useCanAccess, useDataProvider, useGetIdentity, useRecordContext } from 'react-admin';
import { DecisionButton } from '../common/DecisionButton';
import type { QdDataProvider } from '../providers/dataProvider';
import type { AdjustmentVerdict } from '../providers/planMethods';
import type { PlanAdjustment } from '../records';
import { AdjustmentChanges } from './AdjustmentChanges';
import { useIsStale } from './useIsStale';

/**
 * 采纳 / 退回 (§8.2): the lead office decides on a pending adjustment it did not propose itself. Accepting publishes
 * the plan as a new version (not possible once the plan has moved on past the proposal's version); rejecting
 * needs a reason. The dialog shows the changes being decided on.
 */
export const DecideAdjustmentButton = ({ verdict }: { verdict: AdjustmentVerdict }) => {
  const adjustment = useRecordContext<PlanAdjustment>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ action: 'decide', resource: 'planAdjustments', record: adjustment });
  const stale = useIsStale(adjustment);
  if (!adjustment || adjustment.status !== 'pending' || !canAccess || !identity || identity.id === adjustment.proposedBy) return null;
  if (verdict === 'accept' && stale) return null;
  return (
    <DecisionButton
      verdict={verdict === 'accept' ? 'approve' : 'reject'}
      label={`qd.plans.adjustments.${verdict}`}
      title={`qd.plans.adjustments.${verdict}_title`}
      intro={`qd.plans.adjustments.${verdict}_intro`}
      reasonLabel="qd.plans.adjustments.decision_reason"
      decide={(reason) => dataProvider.decidePlanAdjustment(adjustment.id, verdict, reason)}
      done={verdict === 'accept' ? 'qd.plans.adjustments.accepted' : 'qd.plans.adjustments.rejected'}
      maxWidth="md"
    >
      <AdjustmentChanges />
    </DecisionButton>
  );
};

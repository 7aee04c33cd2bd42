import { useCanAccess, useDataProvider, useGetIdentity, useRecordContext } from 'react-admin';
import { DecisionButton } from '../common/DecisionButton';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Replacement } from '../records';
import { ReplacementSummary } from './ReplacementSummary';

/**
 * 批准 / 驳回 (§9.2.2): the implementing office's head decides a pending request they did not make. Approving draws
 * the replacement by DRAW-SPEC §6 (and records the conflict for a 回避); rejecting needs a reason.
 */
export const DecideReplacementButton = ({ verdict }: { verdict: 'approve' | 'reject' }) => {
  const request = useRecordContext<Replacement>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ action: 'decide', resource: 'replacements', record: request });
  if (!request || request.status !== 'pending' || !canAccess || !identity || Number(identity.id) === request.requestedBy) return null;
  return (
    <DecisionButton
      verdict={verdict}
      label={`qd.replacements.${verdict}.button`}
      title={`qd.replacements.${verdict}.title`}
      intro={`qd.replacements.${verdict}.intro`}
      reasonLabel="resources.replacements.fields.decisionReason"
      decide={(reason) => dataProvider.decideReplacement(request.id, verdict, reason)}
      done={`qd.replacements.${verdict}.done`}
    >
      <ReplacementSummary />
    </DecisionButton>
  );
};

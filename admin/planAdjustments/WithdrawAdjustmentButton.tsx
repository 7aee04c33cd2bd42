import { useDataProvider } from 'react-admin';
import { WithdrawButton } from '../common/WithdrawButton';
import type { QdDataProvider } from '../providers/dataProvider';

/** 撤回 one's own proposal to adjust a plan, before the lead office decides it (§8.2). */
export const WithdrawAdjustmentButton = () => {
  const dataProvider = useDataProvider<QdDataProvider>();
  return <WithdrawButton requesterField="proposedBy" withdraw={(id) => dataProvider.withdrawPlanAdjustment(id)} confirmKey="qd.requests.withdraw_adjustment" />;
};

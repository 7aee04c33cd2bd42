import { useDataProvider } from 'react-admin';
import { WithdrawButton } from '../common/WithdrawButton';
import type { QdDataProvider } from '../providers/dataProvider';

/** 撤回 a replacement or recusal request of one's own, before the head decides it (§9.2.2). */
export const WithdrawReplacementButton = () => {
  const dataProvider = useDataProvider<QdDataProvider>();
  return <WithdrawButton requesterField="requestedBy" withdraw={(id) => dataProvider.withdrawReplacement(id)} confirmKey="qd.requests.withdraw_replacement" />;
};

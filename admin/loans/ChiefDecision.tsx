import { Alert, AlertTitle } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/LocaleDateField';
import type { Loan } from '../records';

/** The department head's approval (§12.4.2) — who, when, what they wrote — so the leader in charge decides with it in view. */
export const ChiefDecision = () => {
  const loan = useRecordContext<Loan>();
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const approval = loan?.history.findLast((h) => h.action === 'approve' && h.to === 'chiefApproved');
  if (!approval) return null;
  return (
    <Alert severity="success" icon={false} sx={{ mb: 1 }}>
      <AlertTitle>{translate('qd.loans.chiefDecision.title', { name: approval.byName, at: formatDateTime(approval.at) })}</AlertTitle>
      {approval.note ?? translate('qd.loans.chiefDecision.noNote')}
    </Alert>
  );
};

import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Loan } from '../records';
import { today } from '../common/today';
import { isOverdue } from './useLoanStep';

const COLORS = {
  requested: 'warning',
  chiefApproved: 'warning',
  approved: 'info',
  checkedOut: 'primary',
  returned: 'info',
  closed: 'success',
  rejected: 'default',
  cancelled: 'default',
} as const;

/** The loan's state, with 逾期 when it is out past its due date and 发现问题 when the return inspection found one. */
export const LoanStatusField = () => {
  const loan = useRecordContext<Loan>();
  const translate = useTranslate();
  if (!loan) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      <Chip size="small" color={COLORS[loan.status]} label={translate(`qd.loans.statuses.${loan.status}`)} />
      {isOverdue(loan, today()) && <Chip size="small" color="error" label={translate('qd.loans.overdue')} />}
      {loan.finding && <Chip size="small" color="error" variant="outlined" label={translate(`qd.loans.conditions.${loan.condition ?? 'intact'}`)} />}
    </Stack>
  );
};

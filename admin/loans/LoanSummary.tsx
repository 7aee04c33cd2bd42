import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Loan } from '../records';
import { today } from '../common/today';
import { isOverdue } from './useLoanStep';

const COPIES_APPROVED = new Set(['approved', 'checkedOut', 'returned', 'closed']);

/** What a loan asks for, as a decision or a step shows it: the archives, the purpose, who asks, until when, copies. */
export const LoanSummary = () => {
  const loan = useRecordContext<Loan>();
  const translate = useTranslate();
  if (!loan) return null;
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="body2" component="ul" sx={{ pl: 2.5, my: 0 }}>
        {loan.archiveTitles.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {loan.purpose}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('qd.loans.requestedBy', { name: loan.requestedByName })} · {translate('resources.loans.fields.dueDate')} {loan.dueDate}
        </Typography>
        {/* Asked for until the leader approves the loan; allowed from then on (§12.4.1). */}
        {loan.copiesNeeded && (
          <Chip size="small" variant="outlined" label={translate(COPIES_APPROVED.has(loan.status) ? 'qd.loans.copiesAllowed' : 'qd.loans.copiesAsked')} />
        )}
        {isOverdue(loan, today()) && <Chip size="small" color="error" label={translate('qd.loans.overdue')} />}
      </Stack>
      {loan.finding && (
        <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
          {translate(`qd.loans.conditions.${loan.condition ?? 'intact'}`)}：{loan.conditionNote}
        </Typography>
      )}
    </Box>
  );
};

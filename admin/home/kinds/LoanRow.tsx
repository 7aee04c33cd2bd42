import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { Loan } from '../../records';
import { LoanStatusField } from '../../loans/LoanStatusField';
import { TodoRow } from '../TodoRow';

/** A loan on a home card: its archives (a link to the loan), who asks, until when; with the steps that settle it here. */
export const LoanRow = ({ actions }: { actions: ReactNode }) => {
  const loan = useRecordContext<Loan>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!loan) return null;
  return (
    <TodoRow
      primary={
        <>
          <Link to={createPath({ resource: 'loans', id: loan.id, type: 'show' })}>{loan.archiveTitles.join('；')}</Link>
          <LoanStatusField />
        </>
      }
      secondary={
        <>
          <span>{loan.purpose}</span>
          <span>
            {translate('qd.loans.requestedBy', { name: loan.requestedByName })} · {translate('resources.loans.fields.dueDate')} {loan.dueDate}
          </span>
          {loan.conditionNote && <span>{loan.conditionNote}</span>}
        </>
      }
      actions={actions}
    />
  );
};

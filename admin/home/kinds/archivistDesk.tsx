import { CheckoutLoanButton, CloseLoanButton, RegisterCopyButton, ReturnLoanButton } from '../../loans/LoanActions';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { LoanRow } from './LoanRow';

// The archivist's desk (§12.4.2, §12.4.4): approved loans to check out, loans out (overdue first), returns to close.

export const loansToCheckOut = listTodo({
  id: 'loansToCheckOut',
  roles: ['archivist'],
  resource: 'loans',
  filter: (me) => ({ status: 'approved', unitId: me.unitId }),
  sort: { field: 'id', order: 'ASC' },
  Row: () => <LoanRow actions={<CheckoutLoanButton />} />,
  link: () => listLink('loans', { status: 'approved' }),
});

/** Out on loan, the earliest due first: the overdue ones lead, flagged 逾期. Informs; the return is taken here. */
export const loansOut = listTodo({
  id: 'loansOut',
  roles: ['archivist'],
  counted: false,
  resource: 'loans',
  filter: (me) => ({ status: 'checkedOut', unitId: me.unitId }),
  sort: { field: 'dueDate', order: 'ASC' },
  Row: () => (
    <LoanRow
      actions={
        <>
          <RegisterCopyButton />
          <ReturnLoanButton />
        </>
      }
    />
  ),
  link: () => listLink('loans', { status: 'checkedOut' }),
});

export const returnsToClose = listTodo({
  id: 'returnsToClose',
  roles: ['archivist'],
  resource: 'loans',
  filter: (me) => ({ status: 'returned', finding: false, unitId: me.unitId }),
  sort: { field: 'id', order: 'ASC' },
  Row: () => <LoanRow actions={<CloseLoanButton />} />,
  link: () => listLink('loans', { status: 'returned', finding: false }),
});

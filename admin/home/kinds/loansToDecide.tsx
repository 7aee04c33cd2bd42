import { DecideLoanButton } from '../../loans/LoanActions';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import type { Me } from '../todoKind';
import { LoanRow } from './LoanRow';

const Row = () => (
  <LoanRow
    actions={
      <>
        <DecideLoanButton verdict="approve" />
        <DecideLoanButton verdict="reject" />
      </>
    }
  />
);

/** The state a loan waits in for this user's decision (§12.4.2): the department head first, then the leader in charge. */
const waiting = (me: Me) =>
  me.role === 'chief' ? { status: 'requested', unitId: me.unitId, departmentId: me.departmentId } : { status: 'chiefApproved', unitId: me.unitId };

/** §12.4.2 loan requests waiting for the user's decision, decided here (never the user's own). */
export const loansToDecide = listTodo({
  id: 'loansToDecide',
  roles: ['chief', 'leader'],
  resource: 'loans',
  filter: (me) => ({ ...waiting(me), requestedBy_neq: me.id }),
  sort: { field: 'id', order: 'ASC' },
  Row,
  link: (me) => listLink('loans', waiting(me)),
});

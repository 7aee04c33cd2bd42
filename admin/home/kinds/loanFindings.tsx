import { CloseLoanButton } from '../../loans/LoanActions';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { LoanRow } from './LoanRow';

/** §12.4.4 returns of the chief's department with 拆封 / 短缺 / 污损: a report the chief reads and closes. */
export const loanFindings = listTodo({
  id: 'loanFindings',
  roles: ['chief'],
  resource: 'loans',
  filter: (me) => ({ status: 'returned', finding: true, unitId: me.unitId, departmentId: me.departmentId }),
  sort: { field: 'id', order: 'ASC' },
  Row: () => <LoanRow actions={<CloseLoanButton />} />,
  link: (me) => listLink('loans', { status: 'returned', finding: true, departmentId: me.departmentId }),
});

import { nextLoanState, type LoanAction, type LoanState } from '../../api/domain/archives';
import { useMe } from '../home/useMe';
import type { Loan } from '../records';

/**
 * The state the loan would move to if the signed-in user took `action` now, or undefined when the rule refuses it.
 * The admin asks the server's own rule (`nextLoanState`, §12.4), so a button shows exactly when the API would accept it.
 */
export const useLoanStep = (loan: Loan | undefined, action: LoanAction): LoanState | undefined => {
  const me = useMe();
  if (!me || !loan) return undefined;
  const sameUnit = loan.unitId === me.unitId;
  const t = nextLoanState(
    loan.status,
    action,
    { role: me.role, requester: loan.requestedBy === me.id, sameUnit, sameDepartment: sameUnit && loan.departmentId === me.departmentId },
    { finding: loan.finding },
  );
  return t.ok ? t.next : undefined;
};

/** Checked out and past its due date (today in China). */
export const isOverdue = (loan: Pick<Loan, 'status' | 'dueDate'>, today: string) => loan.status === 'checkedOut' && loan.dueDate < today;

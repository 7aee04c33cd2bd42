import { AdjustmentPlanReason } from './AdjustmentPlanReason';
import { WithdrawAdjustmentButton } from '../../planAdjustments/WithdrawAdjustmentButton';
import { listTodo } from '../listTodo';
import { TodoRow } from '../TodoRow';

const Row = () => <TodoRow primary={<AdjustmentPlanReason />} actions={<WithdrawAdjustmentButton />} />;

/** The line's own proposals to adjust a plan (§8.2), waiting for the lead office; withdrawable. */
export const myAdjustments = listTodo({
  id: 'myAdjustments',
  roles: ['officer', 'chief'],
  resource: 'planAdjustments',
  // Waiting on the lead office, not on the user: shown, not counted in the badges.
  counted: false,
  filter: (me) => ({ status: 'pending', proposedBy: me.id }),
  Row,
});

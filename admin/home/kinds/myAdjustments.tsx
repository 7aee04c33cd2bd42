import { ReferenceField, TextField } from 'react-admin';
import { WithdrawAdjustmentButton } from '../../planAdjustments/WithdrawAdjustmentButton';
import { listTodo } from '../listTodo';
import { TodoRow } from '../TodoRow';

const Row = () => (
  <TodoRow
    primary={
      <>
        <ReferenceField source="planId" reference="plans" link={(record) => `/plans/${record.id}/show/adjustments`} />
        <TextField source="reason" />
      </>
    }
    actions={<WithdrawAdjustmentButton />}
  />
);

/** The line's own proposals to adjust a plan (§8.2), waiting for the lead office; withdrawable. */
export const myAdjustments = listTodo({
  id: 'myAdjustments',
  roles: ['officer', 'chief'],
  resource: 'planAdjustments',
  menu: 'plans',
  filter: (me) => ({ status: 'pending', proposedBy: me.id }),
  Row,
});

import { NumberField, TextField } from 'react-admin';
import { ReceiveDispatchButton } from '../../dispatches/ReceiveDispatchButton';
import { TaskReferenceField } from '../../tasks/TaskReferenceField';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { TodoRow } from '../TodoRow';

const Row = () => (
  <TodoRow
    primary={
      <>
        <TaskReferenceField />
        <TextField source="district" />
      </>
    }
    secondary={<NumberField source="entityCount" />}
    actions={<ReceiveDispatchButton />}
  />
);

/** §9.1.1 shares of the city's tasks sent to this unit, waiting for 查收. */
export const dispatchesToReceive = listTodo({
  id: 'dispatchesToReceive',
  roles: ['officer', 'chief'],
  resource: 'dispatches',
  filter: (me) => ({ status: 'sent', unitId: me.unitId }),
  Row,
  link: (me) => listLink('dispatches', { status: 'sent', unitId: me.unitId }),
});

import { ReferenceField, SelectField, TextField } from 'react-admin';
import { ReplacementSwapField } from '../../replacements/ReplacementSwapField';
import { WithdrawReplacementButton } from '../../replacements/WithdrawReplacementButton';
import { REPLACEMENT_KIND_CHOICES } from '../../tasks/choices';
import { TaskReferenceField } from '../../tasks/TaskReferenceField';
import { listTodo } from '../listTodo';
import { TodoRow } from '../TodoRow';

const Row = () => (
  <TodoRow
    primary={
      <>
        <TaskReferenceField />
        <ReferenceField source="entityId" reference="entities" link="show" />
        <SelectField source="kind" choices={REPLACEMENT_KIND_CHOICES} />
      </>
    }
    secondary={
      <>
        <ReplacementSwapField />
        <TextField source="reason" />
      </>
    }
    actions={<WithdrawReplacementButton />}
  />
);

/** The user's own replacement and recusal requests still waiting for the head's decision; withdrawable. */
export const myReplacementRequests = listTodo({
  id: 'myReplacementRequests',
  roles: ['officer', 'chief', 'inspector'],
  resource: 'replacements',
  filter: (me) => ({ status: 'pending', requestedBy: me.id }),
  Row,
});

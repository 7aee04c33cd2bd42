import { ReferenceField } from 'react-admin';
import { TaskReferenceField } from '../../tasks/TaskReferenceField';
import { OpenResultButton } from '../../results/OpenResultButton';
import { listTodo } from '../listTodo';
import { TodoRow } from '../TodoRow';
import { AssignmentDeadline } from './AssignmentDeadline';

const Row = () => (
  <TodoRow
    primary={<ReferenceField source="entityId" reference="entities" link={false} />}
    secondary={
      <>
        <TaskReferenceField />
        <AssignmentDeadline />
      </>
    }
    actions={<OpenResultButton />}
  />
);

/** The inspector's results still to enter or finish (§9.3.2.4: before the task's deadline), each a tap from its form. */
export const resultsToEnter = listTodo({
  id: 'resultsToEnter',
  roles: ['inspector'],
  resource: 'assignments',
  filter: (me) => ({ inspectorUserIds: me.id, active: true, resultStatus: ['pending', 'draft'] }),
  Row,
  link: () => '/assignments',
});

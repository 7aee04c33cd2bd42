import { ReferenceField } from 'react-admin';
import { RequestReplacementButton } from '../../assignments/RequestReplacementButton';
import { TaskReferenceField } from '../../tasks/TaskReferenceField';
import { listTodo } from '../listTodo';
import { TodoRow } from '../TodoRow';
import { AssignmentDeadline } from './AssignmentDeadline';

const Row = () => (
  <TodoRow
    primary={<ReferenceField source="entityId" reference="entities" link="show" />}
    secondary={
      <>
        <TaskReferenceField />
        <AssignmentDeadline />
      </>
    }
    actions={<RequestReplacementButton />}
  />
);

/** The entities the inspector is to inspect (§9.2.1), soonest deadline first. */
export const myAssignments = listTodo({
  id: 'myAssignments',
  roles: ['inspector'],
  resource: 'assignments',
  filter: (me) => ({ inspectorUserIds: me.id, active: true }),
  Row,
  link: () => '/assignments',
});

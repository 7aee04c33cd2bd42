import { TextField, useTranslate } from 'react-admin';
import { TaskReferenceField } from '../../tasks/TaskReferenceField';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { TodoRow } from '../TodoRow';

const Deadline = () => {
  const translate = useTranslate();
  return (
    <span>
      {translate('resources.tasks.fields.deadline')} <TextField source="deadline" />
    </span>
  );
};

const Row = () => (
  <TodoRow
    primary={
      <>
        <TaskReferenceField source="id" />
        <TextField source="title" />
      </>
    }
    secondary={<Deadline />}
  />
);

/** The office's tasks still in draft: their entities and inspectors are yet to be drawn (§9.1). */
export const draftTasks = listTodo({
  id: 'draftTasks',
  roles: ['officer', 'chief'],
  resource: 'tasks',
  filter: (me) => ({ status: 'draft', departmentId: me.departmentId }),
  sort: { field: 'deadline', order: 'ASC' },
  Row,
  link: (me) => listLink('tasks', { status: 'draft', departmentId: me.departmentId }),
});

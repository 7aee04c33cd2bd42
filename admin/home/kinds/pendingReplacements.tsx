import { ReferenceField, SelectField, TextField } from 'react-admin';
import { DecideReplacementButton } from '../../replacements/DecideReplacementButton';
import { ReplacementSwapField } from '../../replacements/ReplacementSwapField';
import { RequesterField } from '../../replacements/RequesterField';
import { REPLACEMENT_KIND_CHOICES } from '../../tasks/choices';
import { TaskReferenceField } from '../../tasks/TaskReferenceField';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
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
        <RequesterField />
      </>
    }
    actions={
      <>
        <DecideReplacementButton verdict="approve" />
        <DecideReplacementButton verdict="reject" />
      </>
    }
  />
);

/** §9.2.2 replacement and recusal requests of the head's department, decided here (never the head's own). */
export const pendingReplacements = listTodo({
  id: 'pendingReplacements',
  roles: ['chief'],
  resource: 'replacements',
  filter: (me) => ({ status: 'pending', departmentId: me.departmentId, requestedBy_neq: me.id }),
  sort: { field: 'id', order: 'ASC' },
  Row,
  link: (me) => listLink('replacements', { status: 'pending', departmentId: me.departmentId }),
});

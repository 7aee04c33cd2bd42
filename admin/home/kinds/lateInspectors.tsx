import { TextField } from 'react-admin';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { TodoRow } from '../TodoRow';
import { LateRecordDates } from './LateRecordDates';

const Row = () => <TodoRow primary={<TextField source="name" />} secondary={<LateRecordDates />} />;

/** §7.3.2 inspectors recorded more than five working days after their change. */
export const lateInspectors = listTodo({
  id: 'lateInspectors',
  roles: ['admin'],
  resource: 'inspectors',
  filter: () => ({ overdue: true }),
  sort: { field: 'recordedOn', order: 'DESC' },
  Row,
  link: () => listLink('inspectors', { overdue: true }),
});

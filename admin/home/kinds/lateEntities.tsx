import { TextField } from 'react-admin';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { TodoRow } from '../TodoRow';
import { LateRecordDates } from './LateRecordDates';

const Row = () => <TodoRow primary={<TextField source="name" />} secondary={<LateRecordDates />} />;

/** §7.2.2 entities recorded more than five working days after their change. */
export const lateEntities = listTodo({
  id: 'lateEntities',
  roles: ['admin'],
  resource: 'entities',
  filter: () => ({ overdue: true }),
  sort: { field: 'recordedOn', order: 'DESC' },
  Row,
  link: () => listLink('entities', { overdue: true }),
});


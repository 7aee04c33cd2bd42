import { TextField } from 'react-admin';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { TodoRow } from '../TodoRow';
import { LateRecordDates } from './LateRecordDates';

const Row = () => <TodoRow primary={<TextField source="name" />} secondary={<LateRecordDates />} />;

/** A library's records entered more than five working days after their change (§7.2.2, §7.3.2), for the administrator. */
const lateRecords = (id: string, resource: 'entities' | 'inspectors') =>
  listTodo({
    id,
    roles: ['admin'],
    resource,
    filter: () => ({ overdue: true }),
    sort: { field: 'recordedOn', order: 'DESC' },
    Row,
    link: () => listLink(resource, { overdue: true }),
  });

export const lateEntities = lateRecords('lateEntities', 'entities');
export const lateInspectors = lateRecords('lateInspectors', 'inspectors');

import { DecideReplacementButton } from '../../replacements/DecideReplacementButton';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { ReplacementRow } from './ReplacementRow';

const Row = () => (
  <ReplacementRow
    withRequester
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

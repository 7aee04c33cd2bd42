import { ChangeSummary, DecideChangeButton } from '../../archiveChanges/DecideChangeButton';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { TodoRow } from '../TodoRow';

const Row = () => (
  <TodoRow
    primary={<ChangeSummary />}
    actions={
      <>
        <DecideChangeButton verdict="approve" />
        <DecideChangeButton verdict="reject" />
      </>
    }
  />
);

/** §12.3 archive changes of the chief's line waiting for approval, decided here (never the chief's own). */
export const changesToDecide = listTodo({
  id: 'changesToDecide',
  roles: ['chief'],
  resource: 'archiveChanges',
  filter: (me) => ({ status: 'pending', unitId: me.unitId, departmentId: me.departmentId, requestedBy_neq: me.id }),
  sort: { field: 'id', order: 'ASC' },
  Row,
  link: (me) => listLink('archiveChanges', { status: 'pending', departmentId: me.departmentId }),
});

import { AdjustmentPlanReason } from './AdjustmentPlanReason';
import { DecideAdjustmentButton } from '../../planAdjustments/DecideAdjustmentButton';
import { AmendAdjustmentButton } from '../../planAdjustments/AmendAdjustmentButton';
import { ProposerField } from '../../planAdjustments/ProposerField';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { TodoRow } from '../TodoRow';

const Row = () => (
  <TodoRow
    primary={<AdjustmentPlanReason />}
    secondary={<ProposerField inline />}
    actions={
      <>
        <DecideAdjustmentButton verdict="accept" />
        <AmendAdjustmentButton />
        <DecideAdjustmentButton verdict="reject" />
      </>
    }
  />
);

/** §8.2 the lines' proposals to adjust the unit's published plans, for the lead office (staff and head) to accept, amend or return. */
export const pendingAdjustments = listTodo({
  id: 'pendingAdjustments',
  roles: ['lead', 'chief'],
  // A head decides them where its office is the lead office (§8.2).
  appliesTo: (me) => me.role === 'lead' || me.departmentLead,
  menu: 'planAdjustments',
  resource: 'planAdjustments',
  filter: (me) => ({ status: 'pending', unitId: me.unitId }),
  sort: { field: 'id', order: 'ASC' },
  Row,
  link: (me) => listLink('planAdjustments', { status: 'pending', unitId: me.unitId }),
});

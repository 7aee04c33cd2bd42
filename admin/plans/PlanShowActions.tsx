import { EditButton, ListButton, TopToolbar, useRecordContext } from 'react-admin';
import { ProposeAdjustmentButton } from '../planAdjustments/ProposeAdjustmentButton';
import { PublishButton } from './PublishButton';
import type { Plan } from '../records';

/** Each button shows only while it applies and only to whom it is allowed. */
export const PlanShowActions = () => {
  const plan = useRecordContext<Plan>();
  return (
    <TopToolbar>
      {plan?.status === 'draft' && <EditButton />}
      <PublishButton />
      <ProposeAdjustmentButton />
      <ListButton />
    </TopToolbar>
  );
};

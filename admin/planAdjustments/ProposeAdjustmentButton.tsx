import { useState } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Button, useGetIdentity, useRecordContext } from 'react-admin';
import { useRecordAccess } from '../common/useRecordAccess';
import type { Plan } from '../plans';
import { ProposeAdjustmentDialog } from './ProposeAdjustmentDialog';

/** 提出调整 (§8.2): an implementing office (officer, chief) proposes changes to its own line's part of a published plan. */
export const ProposeAdjustmentButton = () => {
  const plan = useRecordContext<Plan>();
  const { identity } = useGetIdentity();
  const can = useRecordAccess();
  const [open, setOpen] = useState(false);
  const lineId = identity?.lineId as number | null | undefined;
  if (!plan || plan.status !== 'published' || !lineId || !can('create', 'planAdjustments', { unitId: plan.unitId, lineId })) return null;
  return (
    <>
      <Button label="qd.plans.adjustments.propose" onClick={() => setOpen(true)}>
        <EditNoteIcon />
      </Button>
      {open && <ProposeAdjustmentDialog plan={plan} onClose={() => setOpen(false)} />}
    </>
  );
};

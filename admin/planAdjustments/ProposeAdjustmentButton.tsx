import { useState } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Button, useGetIdentity, useRecordContext } from 'react-admin';
import { useRecordAccess } from '../common/useRecordAccess';
import type { Plan } from '../records';
import { lazyView, OnDemand } from '../common/lazyView';

// The dialog holds the plan-line grid (the data grid's code): loaded when first opened.
const ProposeAdjustmentDialog = lazyView(() => import('./ProposeAdjustmentDialog'), 'ProposeAdjustmentDialog');

/**
 * 提出调整 (§8.2): an implementing office (officer, chief) proposes changes to its own line's part of a published
 * plan. 调整计划: the lead office, which adjusts the plan (§8.2), changes any line itself and publishes at once.
 */
export const ProposeAdjustmentButton = () => {
  const plan = useRecordContext<Plan>();
  const { identity } = useGetIdentity();
  const can = useRecordAccess();
  const [open, setOpen] = useState(false);
  const lineId = identity?.lineId as number | null | undefined;
  if (!plan || plan.status !== 'published') return null;
  const mode = can('decide', 'planAdjustments', { unitId: plan.unitId })
    ? 'adjust'
    : lineId && can('create', 'planAdjustments', { unitId: plan.unitId, lineId })
      ? 'propose'
      : null;
  if (!mode) return null;
  return (
    <>
      <Button label={`qd.plans.adjustments.${mode}`} onClick={() => setOpen(true)}>
        <EditNoteIcon />
      </Button>
      {open && (
        <OnDemand>
          <ProposeAdjustmentDialog plan={plan} mode={mode} onClose={() => setOpen(false)} />
        </OnDemand>
      )}
    </>
  );
};

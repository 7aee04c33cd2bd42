import { useState } from 'react';
import EditIcon from '@mui/icons-material/EditNote';
import { Button, useGetIdentity, useGetOne, useRecordContext } from 'react-admin';
import { useRecordAccess } from '../common/useRecordAccess';
import type { Plan, PlanAdjustment } from '../records';
import { lazyView, OnDemand } from '../common/lazyView';

// The dialog holds the plan-line grid (the data grid's code): loaded when first opened.
const ProposeAdjustmentDialog = lazyView(() => import('./ProposeAdjustmentDialog'), 'ProposeAdjustmentDialog');

/** 修改后采纳 (§8.2): the lead office changes a line's pending proposal and accepts it as amended, with its reason. */
export const AmendAdjustmentButton = () => {
  const adjustment = useRecordContext<PlanAdjustment>();
  const { identity } = useGetIdentity();
  const can = useRecordAccess();
  const [open, setOpen] = useState(false);
  const { data: plan } = useGetOne<Plan>('plans', { id: adjustment?.planId }, { enabled: open && adjustment != null });
  if (!adjustment || adjustment.status !== 'pending' || !identity || Number(identity.id) === adjustment.proposedBy) return null;
  if (!can('decide', 'planAdjustments', adjustment)) return null;
  return (
    <>
      <Button
        label="qd.plans.adjustments.amend"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <EditIcon />
      </Button>
      {open && plan && (
        <OnDemand>
          <ProposeAdjustmentDialog plan={plan} mode="amend" adjustment={adjustment} onClose={() => setOpen(false)} />
        </OnDemand>
      )}
    </>
  );
};

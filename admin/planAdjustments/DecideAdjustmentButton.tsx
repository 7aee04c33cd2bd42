import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import AcceptIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import RejectIcon from '@mui/icons-material/Reply';
import {
  Button,
  Form,
  SaveButton,
  TextInput,
  minLength,
  required,
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { actionSubmit } from '../common/actionSubmit';
import type { QdDataProvider } from '../providers/dataProvider';
import type { AdjustmentVerdict } from '../providers/planMethods';
import { AdjustmentChanges } from './AdjustmentChanges';
import { useIsStale } from './useIsStale';
import type { PlanAdjustment } from '../records';
import { useActionNotify } from '../common/useActionNotify';

const ICONS = { accept: <AcceptIcon />, reject: <RejectIcon /> };
const REJECT_REASON = [required(), minLength(2)];

/**
 * 采纳 / 退回 (§8.2): the lead office decides on a pending adjustment it did not propose itself. Accepting publishes
 * the plan as a new version (not possible once the plan has moved on past the proposal's version); rejecting
 * needs a reason. The dialog shows the changes being decided on.
 */
export const DecideAdjustmentButton = ({ verdict }: { verdict: AdjustmentVerdict }) => {
  const adjustment = useRecordContext<PlanAdjustment>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ action: 'decide', resource: 'planAdjustments', record: adjustment });
  const stale = useIsStale(adjustment);
  const [open, setOpen] = useState(false);
  if (!adjustment || adjustment.status !== 'pending' || !canAccess || !identity || identity.id === adjustment.proposedBy) return null;
  if (verdict === 'accept' && stale) return null;

  const submit = actionSubmit(
    notify,
    (values: { reason?: string }) => dataProvider.decidePlanAdjustment(adjustment.id, verdict, values.reason?.trim() || undefined),
    verdict === 'accept' ? 'qd.plans.adjustments.accepted' : 'qd.plans.adjustments.rejected',
    () => {
      setOpen(false);
      refresh();
    },
  );

  return (
    <>
      <Button label={`qd.plans.adjustments.${verdict}`} color={verdict === 'accept' ? 'primary' : 'error'} onClick={() => setOpen(true)}>
        {ICONS[verdict]}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} maxWidth="md" fullWidth>
        <DialogTitle>{translate(`qd.plans.adjustments.${verdict}_title`)}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate(`qd.plans.adjustments.${verdict}_intro`)}</DialogContentText>
          <AdjustmentChanges />
        </DialogContent>
        <Form record={{}} onSubmit={submit}>
          <DialogContent sx={{ pt: 0 }}>
            <TextInput
              source="reason"
              label="qd.plans.adjustments.decision_reason"
              validate={verdict === 'reject' ? REJECT_REASON : undefined}
              multiline
              minRows={2}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={`qd.plans.adjustments.${verdict}`} icon={ICONS[verdict]} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

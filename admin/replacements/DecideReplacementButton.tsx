import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import ApproveIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
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
import type { Replacement } from '../records';
import { useActionNotify } from '../common/useActionNotify';
import { ReplacementSummary } from './ReplacementSummary';

type Verdict = 'approve' | 'reject';
const ICONS = { approve: <ApproveIcon />, reject: <RejectIcon /> };
const REJECT_REASON = [required(), minLength(2)];

/**
 * 批准 / 驳回 (§9.2.2): the implementing office's head decides a pending request they did not make. Approving draws
 * the replacement by DRAW-SPEC §6 (and records the conflict for a 回避); rejecting needs a reason.
 */
export const DecideReplacementButton = ({ verdict }: { verdict: Verdict }) => {
  const request = useRecordContext<Replacement>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ action: 'decide', resource: 'replacements', record: request });
  const [open, setOpen] = useState(false);
  if (!request || request.status !== 'pending' || !canAccess || !identity || Number(identity.id) === request.requestedBy) return null;

  const submit = actionSubmit(
    notify,
    (values: { reason?: string }) => dataProvider.decideReplacement(request.id, verdict, values.reason?.trim() || undefined),
    `qd.replacements.${verdict}.done`,
    () => {
      setOpen(false);
      refresh();
    },
  );

  return (
    <>
      <Button label={`qd.replacements.${verdict}.button`} color={verdict === 'approve' ? 'primary' : 'error'} onClick={() => setOpen(true)}>
        {ICONS[verdict]}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} maxWidth="sm" fullWidth>
        <DialogTitle>{translate(`qd.replacements.${verdict}.title`)}</DialogTitle>
        {/* The request's own record context: the form below starts a new, empty one. */}
        <DialogContent sx={{ pb: 0 }}>
          <DialogContentText sx={{ mb: 2 }}>{translate(`qd.replacements.${verdict}.intro`)}</DialogContentText>
          <ReplacementSummary />
        </DialogContent>
        <Form record={{}} onSubmit={submit}>
          <DialogContent>
            <TextInput
              source="reason"
              label="resources.replacements.fields.decisionReason"
              validate={verdict === 'reject' ? REJECT_REASON : undefined}
              multiline
              minRows={2}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={`qd.replacements.${verdict}.button`} icon={ICONS[verdict]} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

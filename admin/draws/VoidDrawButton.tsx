import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import {
  Button,
  Form,
  SaveButton,
  TextInput,
  minLength,
  required,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { actionSubmit } from '../common/actionSubmit';
import type { QdDataProvider } from '../providers/dataProvider';
import type { DrawRecordSummary } from '../providers/drawMethods';
import { useActionNotify } from '../common/useActionNotify';

const REASON = [required(), minLength(2)];

/**
 * 作废 (DESIGN: a draw is never silently redone): the office's head voids a valid record with a reason while no
 * results are entered; the record stays listed with its reason and the task returns to draft for a new draw.
 */
export const VoidDrawButton = ({ taskStatus }: { taskStatus?: string }) => {
  const draw = useRecordContext<DrawRecordSummary>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'void', resource: 'draws', record: draw });
  const [open, setOpen] = useState(false);
  if (!draw || draw.status !== 'valid' || !canAccess || (taskStatus && taskStatus !== 'drawn')) return null;

  const submit = actionSubmit(
    notify,
    ({ reason }: { reason?: string }) => dataProvider.voidDraw(draw.drawId, reason?.trim() ?? ''),
    'qd.draws.void.done',
    () => {
      setOpen(false);
      refresh();
    },
  );

  return (
    <>
      <Button label="qd.draws.void.button" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.draws.void.title')}</DialogTitle>
        <Form record={{}} onSubmit={submit}>
          <DialogContent>
            <DialogContentText>{translate(draw.kind === 'team' ? 'qd.draws.void.confirm_team' : 'qd.draws.void.confirm')}</DialogContentText>
            <TextInput source="reason" label="qd.draws.void.reason" validate={REASON} multiline minRows={2} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="qd.draws.void.button" icon={<BlockIcon />} color="error" alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

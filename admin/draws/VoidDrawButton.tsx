import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Form, HttpError, SaveButton, TextInput, minLength, required, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import type { FullDrawRecord } from '../providers/drawMethods';

const REASON = [required(), minLength(2)];

/**
 * 作废 (DESIGN: a draw is never silently redone): the office's head voids a valid record with a reason while no
 * results are entered; the record stays listed with its reason and the task returns to draft for a new draw.
 */
export const VoidDrawButton = ({ taskStatus }: { taskStatus?: string }) => {
  const draw = useRecordContext<FullDrawRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'void', resource: 'draws', record: draw });
  const [open, setOpen] = useState(false);
  if (!draw || draw.status !== 'valid' || !canAccess || (taskStatus && taskStatus !== 'drawn')) return null;

  const submit = async ({ reason }: { reason?: string }) => {
    try {
      await dataProvider.voidDraw(draw.drawId, reason?.trim() ?? '');
    } catch (error) {
      const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;
      if (errors) return errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return;
    }
    notify('qd.draws.void.done', { type: 'success' });
    setOpen(false);
    refresh();
  };

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

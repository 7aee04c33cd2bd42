import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Form, SaveButton, TextInput, minLength, required, useCanAccess, useDataProvider, useRefresh, useTranslate } from 'react-admin';
import { actionSubmit } from '../common/actionSubmit';
import { useActionNotify } from '../common/useActionNotify';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Commitment } from '../records';

const REASON = [required(), minLength(2)];

/** A commitment is voided like a draw (DRAW-SPEC §1a): the office's head, with a reason that stays public. */
export const VoidCommitmentButton = ({ commitment }: { commitment: Commitment }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'void', resource: 'commitments', record: commitment });
  const [open, setOpen] = useState(false);
  if (commitment.status !== 'live' || !canAccess) return null;
  const submit = actionSubmit(
    notify,
    ({ reason }: { reason?: string }) => dataProvider.voidCommitment(commitment.id, reason?.trim() ?? ''),
    'qd.commitments.void.done',
    () => {
      setOpen(false);
      refresh();
    },
  );
  return (
    <>
      <Button label="qd.commitments.void.button" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.commitments.void.title')}</DialogTitle>
        <Form record={{}} onSubmit={submit}>
          <DialogContent>
            <DialogContentText>{translate('qd.commitments.void.confirm')}</DialogContentText>
            <TextInput source="reason" label="qd.commitments.void.reason" validate={REASON} multiline minRows={2} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="qd.commitments.void.button" icon={<BlockIcon />} color="error" alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

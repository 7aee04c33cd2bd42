import { useState, type ReactNode } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import ApproveIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import RejectIcon from '@mui/icons-material/Reply';
import { Button, Form, SaveButton, TextInput, minLength, required, useRefresh, useTranslate } from 'react-admin';
import { actionSubmit } from './actionSubmit';
import { useActionNotify } from './useActionNotify';

const REASON_REQUIRED = [required(), minLength(2)];

export interface DecisionButtonProps {
  /** approve / accept (primary colour) or reject / return (error colour, and the reason is required). */
  verdict: 'approve' | 'reject';
  /** Translation keys: the button (also the dialog's confirm button), the dialog's title and first sentence. */
  label: string;
  title: string;
  intro: string;
  /** The reason field's label: optional when approving, required (two characters or more) when rejecting. */
  reasonLabel: string;
  /** What is being decided, shown above the reason: who asks, for what, why. */
  children: ReactNode;
  /** Calls the server; a 400's field errors show under the reason, anything else is notified. */
  decide: (reason: string | undefined) => Promise<unknown>;
  /** The success message's key. */
  done: string;
  maxWidth?: 'sm' | 'md';
}

/**
 * The one approve / reject control of the admin (plan adjustments, replacement requests, archive loans and changes):
 * a button that opens a dialog showing what is decided, asks for the reason, and calls the server. The caller decides
 * whether the user may decide this record at all and renders the button only then.
 */
export const DecisionButton = ({ verdict, label, title, intro, reasonLabel, children, decide, done, maxWidth = 'sm' }: DecisionButtonProps) => {
  const translate = useTranslate();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const icon = verdict === 'approve' ? <ApproveIcon /> : <RejectIcon />;
  const submit = actionSubmit(
    notify,
    (values: { reason?: string }) => decide(values.reason?.trim() || undefined),
    done,
    () => {
      setOpen(false);
      refresh();
    },
  );

  return (
    <>
      {/* The label stays on a phone too: an approve or a check-out is never a bare icon. */}
      <MuiButton
        size="small"
        color={verdict === 'approve' ? 'primary' : 'error'}
        startIcon={icon}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate(label)}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} maxWidth={maxWidth} fullWidth>
        <DialogTitle>{translate(title)}</DialogTitle>
        {/* The decided record's own context: the form below starts a new, empty one. */}
        <DialogContent sx={{ pb: 0 }}>
          <DialogContentText sx={{ mb: 2 }}>{translate(intro)}</DialogContentText>
          {children}
        </DialogContent>
        <Form record={{}} onSubmit={submit}>
          <DialogContent>
            <TextInput source="reason" label={reasonLabel} validate={verdict === 'reject' ? REASON_REQUIRED : undefined} multiline minRows={2} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={label} icon={icon} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

import { useState, type ReactElement, type ReactNode } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Button, Form, SaveButton, useRefresh, useTranslate } from 'react-admin';
import { actionSubmit } from './actionSubmit';
import { useActionNotify } from './useActionNotify';

export interface StepDialogButtonProps<V> {
  /** Translation keys: the button (also the dialog's confirm button), the dialog's title and its first sentence. */
  label: string;
  title: string;
  intro: string;
  icon: ReactElement;
  color?: 'primary' | 'error' | 'inherit';
  /** What the step acts on, shown above the inputs in the record's own context. */
  summary?: ReactNode;
  /** The step's inputs (none for a plain confirmation). */
  children?: ReactNode;
  defaultValues?: Partial<V>;
  /** Calls the server; a 400's field errors show under the inputs, anything else is notified. */
  submit: (values: V) => Promise<unknown>;
  /** The success message's key: what happens next. A function reads the submitted values. */
  done: string | ((values: V) => string);
  maxWidth?: 'sm' | 'md';
}

/**
 * One step of a record's life that is not an approval (check-out, return, a copy, cancelling): a button opening a
 * dialog that says what the step does, asks for what it needs, and calls the server. The caller decides whether the
 * user may take the step and renders the button only then. DecisionButton is this dialog with a reason.
 */
export function StepDialogButton<V extends Record<string, unknown>>({
  label,
  title,
  intro,
  icon,
  color = 'primary',
  summary,
  children,
  defaultValues,
  submit,
  done,
  maxWidth = 'sm',
}: StepDialogButtonProps<V>) {
  const translate = useTranslate();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    refresh();
  };
  const onSubmit = (values: V) => actionSubmit(notify, submit, typeof done === 'function' ? done(values) : done, close)(values);
  return (
    <>
      {/* The label stays on a phone too: an approve or a check-out is never a bare icon. */}
      <MuiButton
        size="small"
        color={color}
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
        {/* The record's own context: the form below starts a new one, of the step's values. */}
        <DialogContent sx={{ pb: 0 }}>
          <DialogContentText sx={{ mb: summary ? 2 : 0 }}>{translate(intro)}</DialogContentText>
          {summary}
        </DialogContent>
        <Form record={defaultValues ?? {}} onSubmit={(values: Record<string, unknown>) => onSubmit(values as V)}>
          {children && <DialogContent>{children}</DialogContent>}
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={label} icon={icon} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}

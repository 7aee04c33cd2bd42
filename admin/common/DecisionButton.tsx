import type { ReactNode } from 'react';
import ApproveIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import RejectIcon from '@mui/icons-material/Reply';
import { TextInput, minLength, required } from 'react-admin';
import { StepDialogButton } from './StepDialogButton';

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
export const DecisionButton = ({ verdict, label, title, intro, reasonLabel, children, decide, done, maxWidth = 'sm' }: DecisionButtonProps) => (
  <StepDialogButton<{ reason?: string }>
    label={label}
    title={title}
    intro={intro}
    icon={verdict === 'approve' ? <ApproveIcon /> : <RejectIcon />}
    color={verdict === 'approve' ? 'primary' : 'error'}
    summary={children}
    submit={(values) => decide(values.reason?.trim() || undefined)}
    done={done}
    maxWidth={maxWidth}
  >
    <TextInput source="reason" label={reasonLabel} validate={verdict === 'reject' ? REASON_REQUIRED : undefined} multiline minRows={2} fullWidth />
  </StepDialogButton>
);

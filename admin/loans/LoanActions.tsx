import CancelIcon from '@mui/icons-material/Block';
import CheckoutIcon from '@mui/icons-material/Outbox';
import ReturnIcon from '@mui/icons-material/MoveToInbox';
import CloseIcon from '@mui/icons-material/TaskAlt';
import CopyIcon from '@mui/icons-material/ContentCopy';
import {
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  minLength,
  minValue,
  required,
  useCanAccess,
  useDataProvider,
  useRecordContext,
} from 'react-admin';
import type { ReturnCondition } from '../../api/domain/archives';
import { DecisionButton } from '../common/DecisionButton';
import { StepDialogButton } from '../common/StepDialogButton';
import { CONDITION_CHOICES } from '../archives/choices';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Loan } from '../records';
import { ChiefDecision } from './ChiefDecision';
import { LoanSummary } from './LoanSummary';
import { useLoanStep } from './useLoanStep';

const NOTE_NEEDED = (note: unknown, values: { condition?: ReturnCondition }) =>
  values.condition && values.condition !== 'intact' && String(note ?? '').trim().length < 2 ? 'qd.loans.noteNeeded' : undefined;

/**
 * 同意 / 驳回 (§12.4.2): the requester's department head, then the unit's leader in charge, who reads the head's
 * approval in the dialog; never one's own request.
 */
export const DecideLoanButton = ({ verdict }: { verdict: 'approve' | 'reject' }) => {
  const loan = useRecordContext<Loan>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const next = useLoanStep(loan, verdict);
  if (!loan || !next) return null;
  return (
    <DecisionButton
      verdict={verdict}
      label={`qd.loans.${verdict}.button`}
      title={`qd.loans.${verdict}.title`}
      intro={`qd.loans.${verdict}.intro`}
      reasonLabel="qd.loans.decisionReason"
      decide={(reason) => dataProvider.loanStep(loan.id, verdict, reason ? { reason } : {})}
      done={verdict === 'approve' ? `qd.loans.next.${next}` : 'qd.loans.reject.done'}
    >
      <LoanSummary />
      <ChiefDecision />
    </DecisionButton>
  );
};

/** 撤销: the requester, before check-out. */
export const CancelLoanButton = () => {
  const loan = useRecordContext<Loan>();
  const dataProvider = useDataProvider<QdDataProvider>();
  if (!useLoanStep(loan, 'cancel') || !loan) return null;
  return (
    <StepDialogButton
      label="qd.loans.cancel.button"
      title="qd.loans.cancel.title"
      intro="qd.loans.cancel.intro"
      icon={<CancelIcon />}
      color="error"
      submit={() => dataProvider.loanStep(loan.id, 'cancel', {})}
      done="qd.loans.cancel.done"
    />
  );
};

/** 登记借出 (§12.4.2): the unit's archivist, once the leader has approved. */
export const CheckoutLoanButton = () => {
  const loan = useRecordContext<Loan>();
  const dataProvider = useDataProvider<QdDataProvider>();
  if (!useLoanStep(loan, 'checkout') || !loan) return null;
  return (
    <StepDialogButton
      label="qd.loans.checkout.button"
      title="qd.loans.checkout.title"
      intro="qd.loans.checkout.intro"
      icon={<CheckoutIcon />}
      submit={() => dataProvider.loanStep(loan.id, 'checkout', {})}
      done="qd.loans.checkout.done"
      summary={<LoanSummary />}
    />
  );
};

/** 登记归还 (§12.4.4): the archivist inspects — intact, or 拆封 / 短缺 / 污损 with a note that goes to the chief. */
export const ReturnLoanButton = () => {
  const loan = useRecordContext<Loan>();
  const dataProvider = useDataProvider<QdDataProvider>();
  if (!useLoanStep(loan, 'return') || !loan) return null;
  return (
    <StepDialogButton<{ condition: ReturnCondition; note?: string }>
      label="qd.loans.return.button"
      title="qd.loans.return.title"
      intro="qd.loans.return.intro"
      icon={<ReturnIcon />}
      submit={({ condition, note }) => dataProvider.loanStep(loan.id, 'return', { condition, ...(note?.trim() ? { note: note.trim() } : {}) })}
      done={({ condition }) => (condition === 'intact' ? 'qd.loans.return.done' : 'qd.loans.return.doneFinding')}
      summary={<LoanSummary />}
    >
      <RadioButtonGroupInput source="condition" label="qd.loans.return.condition" choices={CONDITION_CHOICES} validate={required()} row />
      <FormDataConsumer<{ condition?: ReturnCondition }>>
        {({ formData }) => (
          <TextInput
            source="note"
            label="qd.loans.return.note"
            multiline
            minRows={2}
            fullWidth
            validate={NOTE_NEEDED}
            isRequired={formData.condition !== undefined && formData.condition !== 'intact'}
          />
        )}
      </FormDataConsumer>
    </StepDialogButton>
  );
};

/** 结案: the archivist closes an intact return; a return with a finding is the chief's report to close. */
export const CloseLoanButton = () => {
  const loan = useRecordContext<Loan>();
  const dataProvider = useDataProvider<QdDataProvider>();
  if (!useLoanStep(loan, 'close') || !loan) return null;
  return (
    <StepDialogButton<{ reason?: string }>
      label="qd.loans.close.button"
      title="qd.loans.close.title"
      intro="qd.loans.close.intro"
      icon={<CloseIcon />}
      submit={({ reason }) => dataProvider.loanStep(loan.id, 'close', reason?.trim() ? { reason: reason.trim() } : {})}
      done="qd.loans.close.done"
      summary={<LoanSummary />}
    >
      <TextInput source="reason" label="qd.loans.close.reason" multiline minRows={2} fullWidth />
    </StepDialogButton>
  );
};

/** 登记复印 (§12.4.1): by the archivist, while out, only when the approved loan allows copies. */
export const RegisterCopyButton = () => {
  const loan = useRecordContext<Loan>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const { canAccess: mayRegister } = useCanAccess({ action: 'register', resource: 'loans', record: loan });
  if (!loan || !mayRegister || loan.status !== 'checkedOut' || !loan.copiesNeeded) return null;
  const choices = loan.archiveIds.map((id, i) => ({ id, name: loan.archiveTitles[i] ?? `#${id}` }));
  return (
    <StepDialogButton<{ archiveId: number; description: string; pages: number }>
      label="qd.loans.copy.button"
      title="qd.loans.copy.title"
      intro="qd.loans.copy.intro"
      icon={<CopyIcon />}
      defaultValues={{ archiveId: loan.archiveIds[0] }}
      submit={(copy) => dataProvider.registerCopy(loan.id, copy)}
      done="qd.loans.copy.done"
    >
      <SelectInput source="archiveId" label="qd.loans.copy.archive" choices={choices} validate={required()} fullWidth />
      <TextInput source="description" label="qd.loans.copy.description" validate={[required(), minLength(2)]} fullWidth />
      <NumberInput source="pages" label="qd.loans.copy.pages" validate={[required(), minValue(1)]} step={1} />
    </StepDialogButton>
  );
};

/** Every step the signed-in user may take on the loan now. */
export const LoanActions = () => (
  <>
    <DecideLoanButton verdict="approve" />
    <DecideLoanButton verdict="reject" />
    <CheckoutLoanButton />
    <RegisterCopyButton />
    <ReturnLoanButton />
    <CloseLoanButton />
    <CancelLoanButton />
  </>
);

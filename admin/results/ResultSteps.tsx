import { useEffect, useRef, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, Stack, Step, StepButton, Stepper } from '@mui/material';
import {
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useGetMany,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CATEGORY_CHOICES, MEASURE_CHOICES, MEASURE_FORM_CHOICES, METHOD_CHOICES, NOTICE_CHOICES, SIGNOFF_CHOICES } from './choices';
import { TeamPresentInput } from './TeamPresentInput';
import { EvidencePanel } from './EvidencePanel';
import { ResultStepButton } from './ResultActionButtons';
import type { Result } from '../records';

export const STEPS = ['precheck', 'notice', 'onsite', 'conclusion', 'evidence'] as const;

/** Shows its step only; the other steps stay mounted so their values are kept and saved together. */
const Panel = ({ show, children }: { show: boolean; children: ReactNode }) => (
  <Box data-step-panel={show ? 'shown' : undefined} tabIndex={-1} sx={{ display: show ? 'block' : 'none', width: '100%', outline: 'none' }}>
    {children}
  </Box>
);

/**
 * When the step changes, the keyboard's focus moves to the new step's first field: the buttons that change it sit below
 * the fields, so Tab would otherwise leave the form instead of entering the step just opened.
 */
const useFocusOnStep = (step: number) => {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const panel = document.querySelector<HTMLElement>('[data-step-panel="shown"]');
    const field = panel?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea:not([aria-hidden="true"]), [role="combobox"]');
    (field ?? panel)?.focus();
  }, [step]);
};

const TeamSelect = ({ team, source, multiple }: { team: number[]; source: string; multiple?: boolean }) => {
  const { data = [] } = useGetMany('inspectors', { ids: team }, { enabled: team.length > 0 });
  const choices = data.map((i) => ({ id: i.id, name: i.name as string }));
  return multiple ? <CheckboxGroupInput source={source} choices={choices} /> : <SelectInput source={source} choices={choices} fullWidth />;
};

const StepToolbar = () => (
  <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
    <SaveButton label="qd.results.save_draft" type="button" />
    <ResultStepButton action="confirm" />
  </Toolbar>
);

/** MUI's buttons, not react-admin's: those show only their icon on a phone. */
const StepNavigation = ({ step, setStep }: { step: number; setStep: (n: number) => void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ width: '100%', justifyContent: 'space-between', mt: 1 }}>
      <Button variant="outlined" disabled={step === 0} onClick={() => setStep(step - 1)}>
        {translate('qd.results.steps.back')}
      </Button>
      <Button variant="outlined" disabled={step === STEPS.length - 1} onClick={() => setStep(step + 1)}>
        {translate('qd.results.steps.next')}
      </Button>
    </Stack>
  );
};

/**
 * The inspector's result as the on-site procedure goes (§9.3.2): 预查 → 告知 → 现场 → 结论 → 证据, each step one screen
 * on a phone; every save is a draft, confirmation checks the rules (the server's, domain/results.ts).
 */
export const ResultSteps = ({ team }: { team: number[] }) => {
  const record = useRecordContext<Result>();
  const translate = useTranslate();
  // The step lives in the address (?step=4), so it survives the form's remounts and a reload, and links can open a step.
  const [params, setParams] = useSearchParams();
  const step = Math.min(Math.max(Number(params.get('step')) || 0, 0), STEPS.length - 1);
  const setStep = (n: number) =>
    setParams(
      (p) => {
        p.set('step', String(n));
        return p;
      },
      { replace: true },
    );
  const locked = record?.status === 'confirmed' || record?.status === 'published';
  useFocusOnStep(step);
  return (
    <>
      <SimpleForm toolbar={locked ? false : <StepToolbar />} sx={{ maxWidth: 720 }}>
        <Stepper nonLinear activeStep={step} alternativeLabel sx={{ width: '100%', mb: 2, '& .MuiStepLabel-label': { fontSize: '0.75rem' } }}>
          {STEPS.map((s, i) => (
            <Step key={s}>
              <StepButton onClick={() => setStep(i)}>{translate(`qd.results.steps.${s}`)}</StepButton>
            </Step>
          ))}
        </Stepper>
        {locked && (
          <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
            {translate('qd.results.locked')}
          </Alert>
        )}
        {record?.late && (
          <Alert severity="warning" sx={{ mb: 2, width: '100%' }}>
            {translate('qd.results.late_helper')}
          </Alert>
        )}
        <Panel show={step === 0}>
          <CheckboxGroupInput source="methods" choices={METHOD_CHOICES} row={false} />
          <TextInput source="precheckNotes" multiline minRows={3} fullWidth helperText="qd.results.precheck_helper" />
        </Panel>
        <Panel show={step === 1}>
          <RadioButtonGroupInput source="noticeMode" choices={NOTICE_CHOICES} row={false} />
          <FormDataConsumer>
            {({ formData }) =>
              formData.noticeMode === 'not_advisable' ? (
                <TextInput source="noticeNotAdvisableReason" multiline fullWidth />
              ) : (
                <DateInput source="noticeDate" fullWidth />
              )
            }
          </FormDataConsumer>
        </Panel>
        <Panel show={step === 2}>
          <DateInput source="onsiteDate" fullWidth />
          <TextInput source="onsitePlace" fullWidth />
          <TeamPresentInput team={team} />
          <BooleanInput source="recordFormFilled" />
          <RadioButtonGroupInput source="entitySignoff" choices={SIGNOFF_CHOICES} row={false} />
          <FormDataConsumer>
            {({ formData }) => formData.entitySignoff === 'refused' && <TeamSelect team={team} source="refusalSignedBy" multiple />}
          </FormDataConsumer>
        </Panel>
        <Panel show={step === 3}>
          <SelectInput source="category" choices={CATEGORY_CHOICES} fullWidth />
          <FormDataConsumer>{({ formData }) => formData.category === 'other' && <TextInput source="categoryOther" fullWidth />}</FormDataConsumer>
          <TextInput source="problems" multiline minRows={3} fullWidth />
          <CheckboxGroupInput source="measures" choices={MEASURE_CHOICES} row={false} />
          <CheckboxGroupInput source="measureForms" choices={MEASURE_FORM_CHOICES} />
          <BooleanInput source="suspectedCrime" helperText="qd.results.crime_helper" />
          <TeamSelect team={team} source="responsibleInspectorId" />
        </Panel>
        <Panel show={step === 4}>{!record?.id && <Alert severity="info">{translate('qd.results.evidence.save_first')}</Alert>}</Panel>
        <StepNavigation step={step} setStep={setStep} />
      </SimpleForm>
      {/* Outside the result's form: the upload is a form of its own (forms do not nest). */}
      {step === 4 && record?.id && (
        <Box sx={{ maxWidth: 720, p: 2, pb: 12 }}>
          <EvidencePanel resultId={record.id} editable={!locked} />
        </Box>
      )}
    </>
  );
};

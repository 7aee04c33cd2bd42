import { useState } from 'react';
import { Alert, Box, Button as MuiButton, Stack, Step, StepContent, StepLabel, Stepper, TextField, Typography } from '@mui/material';
import CasinoIcon from '@mui/icons-material/Casino';
import { Button, useCanAccess, useDataProvider, useGetManyReference, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { CommitmentFacts } from '../commitments/CommitmentFacts';
import type { Commitment } from '../records';
import { today } from '../common/today';
import type { QdDataProvider } from '../providers/dataProvider';
import { CommitButton } from './CommitButton';
import { DrawFailedAlert } from './DrawFailedAlert';
import { drawFailure } from './drawFailure';
import type { Task } from '../records';

/** Steps 2 and 3: the source's value, once announced, then the draw from the commitment. */
const SourceAndDraw = ({ task, commitment, onStep }: { task: Task; commitment: Commitment; onStep: (s: number) => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'draw', resource: 'tasks', record: task });
  const [value, setValue] = useState('');
  const [unstaffed, setUnstaffed] = useState<Record<string, string>>();
  const due = today() >= commitment.publicSourceDate;
  const draw = async () => {
    try {
      const result = await dataProvider.runDraw(task.id, value.trim());
      notify('qd.draws.run.done', { type: 'success', messageArgs: { n: result.selectedCount } });
      refresh();
    } catch (error) {
      const failure = drawFailure(error);
      if (failure) setUnstaffed(failure);
      else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  const source = (
    <StepContent>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate(due ? 'qd.commitments.due' : 'qd.commitments.waiting', { date: commitment.publicSourceDate })}
      </Typography>
      {canAccess && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            label={translate('qd.commitments.source_label', { date: commitment.publicSourceDate })}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            sx={{ width: '26.25rem', maxWidth: '100%' }}
          />
          <MuiButton variant="outlined" disabled={!value.trim()} onClick={() => onStep(2)} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
            {translate('qd.commitments.source_next')}
          </MuiButton>
        </Stack>
      )}
    </StepContent>
  );
  return (
    <>
      {/* Steps inside a fragment are not numbered by the Stepper: they say their index themselves. */}
      <Step index={1}>
        <StepLabel>{translate('qd.commitments.steps.source')}</StepLabel>
        {source}
      </Step>
      <Step index={2} last>
        <StepLabel>{translate('qd.commitments.steps.draw')}</StepLabel>
        <StepContent>
          <Typography variant="body2">{translate('qd.commitments.source_entered', { value: value.trim() })}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
            {translate('qd.commitments.draw_explain')}
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button label="qd.commitments.source_change" onClick={() => onStep(1)} />
            <Button label="qd.commitments.draw_button" variant="contained" onClick={draw}>
              <CasinoIcon />
            </Button>
          </Stack>
          {unstaffed && <DrawFailedAlert unstaffed={unstaffed} />}
        </StepContent>
      </Step>
    </>
  );
};

/**
 * DRAW-SPEC §1a on the task page, for a task that announced its public randomness source: commit (freeze the pools,
 * seal the nonce, publish the commitment), enter the source once it is announced, draw. The commitment and its public
 * link are shown from the moment it is made; voided commitments stay listed with their reasons.
 */
export const CommitmentSteps = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const { data = [] } = useGetManyReference<Commitment>(
    'commitments',
    { target: 'taskId', id: task?.id, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: task != null },
  );
  const [entered, setEntered] = useState(false);
  if (!task) return null;
  const current = data.find((c) => c.status === 'live') ?? (task.status === 'draft' ? undefined : data.find((c) => c.status === 'drawn'));
  const earlier = data.filter((c) => c !== current);
  const step = task.status === 'draft' ? 0 : task.status === 'committed' ? (entered ? 2 : 1) : 3;
  const publicUrl = `${window.location.origin}/api/public/commitments/${encodeURIComponent(task.code)}`;
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('qd.commitments.intro', { note: task.publicSourceNote ?? '' })}
      </Typography>
      <Stepper activeStep={step} orientation="vertical" sx={{ mb: 2 }}>
        <Step>
          <StepLabel>{translate('qd.commitments.steps.commit')}</StepLabel>
          <StepContent>
            <CommitButton />
          </StepContent>
        </Step>
        {current ? (
          <SourceAndDraw task={task} commitment={current} onStep={(s) => setEntered(s === 2)} />
        ) : (
          [
            <Step key="source">
              <StepLabel>{translate('qd.commitments.steps.source')}</StepLabel>
            </Step>,
            <Step key="draw">
              <StepLabel>{translate('qd.commitments.steps.draw')}</StepLabel>
            </Step>,
          ]
        )}
      </Stepper>
      {step === 3 && current && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {translate('qd.commitments.drawn')}
        </Alert>
      )}
      {current && <CommitmentFacts commitment={current} publicUrl={publicUrl} />}
      {earlier.length > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {translate('qd.commitments.history')}
          </Typography>
          {earlier.map((c) => (
            <CommitmentFacts key={c.id} commitment={c} publicUrl={publicUrl} />
          ))}
        </>
      )}
    </Box>
  );
};

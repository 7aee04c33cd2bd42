import { useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress } from '@mui/material';
import CasinoIcon from '@mui/icons-material/Casino';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Form,
  HttpError,
  SaveButton,
  TextInput,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import { DrawFailedAlert } from './DrawFailedAlert';
import { DrawPreviewTable } from './DrawPreviewTable';
import { drawFailure } from './drawFailure';
import type { Task } from '../records';

/**
 * 抽取 (§9.1, §9.2): the owning office previews what the draw will work on — the pool, the quota and the eligible
 * inspectors per district — enters the public randomness source when one was announced, and confirms. The draw
 * runs once; a failure to staff a team saves nothing and names the entities.
 */
export const RunDrawButton = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'draw', resource: 'tasks', record: task });
  const [open, setOpen] = useState(false);
  const [unstaffed, setUnstaffed] = useState<Record<string, string>>();
  const preview = useQuery({
    queryKey: ['tasks', 'previewDraw', { id: String(task?.id) }],
    queryFn: () => dataProvider.previewDraw(task!.id),
    enabled: open && task != null,
    staleTime: 0,
  });
  // A task that announced its public source draws from its commitment (CommitmentSteps), not from here.
  if (!task || task.status !== 'draft' || task.publicSourceRequired || !canAccess) return null;

  const close = () => {
    setOpen(false);
    setUnstaffed(undefined);
  };
  const submit = async ({ publicSource }: { publicSource?: string }) => {
    try {
      const result = await dataProvider.runDraw(task.id, publicSource?.trim() || undefined);
      notify('qd.draws.run.done', { type: 'success', messageArgs: { n: result.selectedCount } });
      close();
      refresh();
    } catch (error) {
      const failure = drawFailure(error);
      if (failure) {
        setUnstaffed(failure);
        return;
      }
      const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;
      if (errors) return errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  const data = preview.data;
  const ready = data != null && data.poolSize > 0 && unstaffed == null;
  return (
    <>
      <Button label="qd.draws.run.button" variant="contained" onClick={() => setOpen(true)}>
        <CasinoIcon />
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.draws.run.title', { code: task.code })}</DialogTitle>
        <Form record={{}} onSubmit={submit}>
          <DialogContent>
            {!data ? (
              <LinearProgress />
            ) : (
              <>
                <DialogContentText sx={{ mb: 1 }}>
                  {translate(data.dispatch ? 'qd.draws.run.intro_dispatch' : 'qd.draws.run.intro', { teamSize: data.teamSize })}
                </DialogContentText>
                <DrawPreviewTable preview={data} />
                {data.poolSize === 0 && (
                  <Alert severity="warning" sx={{ mt: 2 }}>
                    {translate('qd.draws.run.empty_pool')}
                  </Alert>
                )}
                {data.publicSourceRequired && (
                  <>
                    <Alert severity="info" sx={{ mt: 2, mb: 1 }}>
                      {translate('qd.draws.run.public_source_announced', { note: data.publicSourceNote ?? '' })}
                    </Alert>
                    <TextInput source="publicSource" label="resources.draws.fields.publicSource" validate={required()} fullWidth />
                  </>
                )}
                <DialogContentText sx={{ mt: 2 }}>{translate('qd.draws.run.confirm')}</DialogContentText>
                {unstaffed && <DrawFailedAlert unstaffed={unstaffed} />}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <SaveButton label="qd.draws.run.submit" icon={<CasinoIcon />} alwaysEnable={ready} disabled={!ready} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useQuery } from '@tanstack/react-query';
import { Button, DateInput, Form, SaveButton, required, useCanAccess, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { actionSubmit } from '../common/actionSubmit';
import { useActionNotify } from '../common/useActionNotify';
import type { QdDataProvider } from '../providers/dataProvider';
import { DrawPreviewTable } from './DrawPreviewTable';
import type { Task } from '../records';

/** Step 1 of DRAW-SPEC §1a: the owning office freezes the pools it previews and names the date its public source is announced. */
export const CommitButton = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'draw', resource: 'tasks', record: task });
  const [open, setOpen] = useState(false);
  const preview = useQuery({
    queryKey: ['tasks', 'previewDraw', { id: String(task?.id) }],
    queryFn: () => dataProvider.previewDraw(task!.id),
    enabled: open && task != null,
    staleTime: 0,
  });
  if (!task || task.status !== 'draft' || !canAccess) return null;
  const submit = actionSubmit(
    notify,
    ({ publicSourceDate }: { publicSourceDate?: string }) => dataProvider.commitTask(task.id, publicSourceDate ?? ''),
    'qd.commitments.commit.done',
    () => {
      setOpen(false);
      refresh();
    },
  );
  return (
    <>
      <Button label="qd.commitments.commit.button" variant="contained" onClick={() => setOpen(true)}>
        <LockIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.commitments.commit.title', { code: task.code })}</DialogTitle>
        <Form record={{}} onSubmit={submit}>
          <DialogContent>
            {preview.data ? <DrawPreviewTable preview={preview.data} /> : <LinearProgress />}
            <DialogContentText sx={{ my: 2 }}>{translate('qd.commitments.commit.explain')}</DialogContentText>
            <DateInput
              source="publicSourceDate"
              label="qd.commitments.commit.date"
              helperText={translate('qd.commitments.commit.date_help', { deadline: task.deadline })}
              validate={required()}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="qd.commitments.commit.submit" icon={<LockIcon />} alwaysEnable={preview.data != null && preview.data.poolSize > 0} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

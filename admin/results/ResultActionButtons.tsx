import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, SaveButton, TextInput, minLength, required, useCanAccess, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import { actionSubmit } from '../common/actionSubmit';
import { useActionNotify } from '../common/useActionNotify';
import type { Result } from '../records';

const TEXT = [required(), minLength(2)];

/** 确认 (§9.3.2.4) or 公示 (§5.3): one click; the server says what is still missing, under the form's fields or as a notice. */
export const ResultStepButton = ({ action }: { action: 'confirm' | 'publish' }) => {
  const r = useRecordContext<Result>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action, resource: 'results', record: r });
  const want = action === 'confirm' ? 'draft' : 'confirmed';
  if (!r || r.status !== want || !canAccess) return null;
  const run = actionSubmit(notify, () => dataProvider.resultAction(r.id, action), `qd.results.${action}.done`, refresh);
  // MUI's Button: react-admin's shows only its icon on a phone.
  return (
    <Button
      size="small"
      variant={action === 'confirm' ? 'contained' : 'outlined'}
      onClick={async (e) => {
        e.stopPropagation();
        const errors = await run({});
        if (errors) notify(Object.values(errors).join('；'), { type: 'error' });
      }}
    >
      {translate(`qd.results.${action}.button`)}
    </Button>
  );
};

/** 退回 (only the head, with a reason kept in the history) and 说明逾期 (§13.2d): a reason in a dialog. */
export const ResultReasonButton = ({ action }: { action: 'reopen' | 'explain' }) => {
  const r = useRecordContext<Result>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ action, resource: 'results', record: r });
  const applies = r && (action === 'reopen' ? r.status === 'confirmed' : r.status === 'draft' && r.late && !r.lateExplanation);
  if (!r || !applies || !canAccess) return null;
  const submit = actionSubmit(
    notify,
    (values: { text: string }) => (action === 'reopen' ? dataProvider.reopenResult(r.id, values.text) : dataProvider.explainLateResult(r.id, values.text)),
    `qd.results.${action}.done`,
    () => {
      setOpen(false);
      refresh();
    },
  );
  return (
    <>
      <Button
        size="small"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        {translate(`qd.results.${action}.button`)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} maxWidth="sm" fullWidth>
        <DialogTitle>{translate(`qd.results.${action}.title`)}</DialogTitle>
        <Form onSubmit={submit as never}>
          <DialogContent>
            <TextInput source="text" label={`qd.results.${action}.label`} validate={TEXT} multiline minRows={2} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <SaveButton label={`qd.results.${action}.button`} icon={<></>} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

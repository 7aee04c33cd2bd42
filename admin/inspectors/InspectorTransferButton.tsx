import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import TransferIcon from '@mui/icons-material/TransferWithinAStation';
import {
  AutocompleteInput,
  Button,
  Form,
  ReferenceInput,
  SaveButton,
  TextInput,
  minLength,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { actionSubmit } from '../common/actionSubmit';
import type { QdDataProvider } from '../providers/dataProvider';
import type { BulkReplacementRequest } from '../providers/drawMethods';
import type { Inspector, Task } from '../records';

const REASON = [required(), minLength(2)];

/**
 * 岗位调整 (§9.2.2): the inspector leaves every open team of one task, or of every open task of the office; once the
 * head approves, each of those assignments gets a replacement drawn by DRAW-SPEC §6, one after another.
 */
export const InspectorTransferButton = () => {
  const inspector = useRecordContext<Inspector>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'replacements' });
  const [open, setOpen] = useState(false);
  if (!inspector || !canAccess) return null;
  const submit = actionSubmit(
    notify,
    (values: Partial<BulkReplacementRequest>) =>
      dataProvider.requestBulkReplacement({
        inspectorId: Number(inspector.id),
        reason: values.reason?.trim() ?? '',
        ...(values.taskId ? { taskId: values.taskId } : {}),
      }),
    'qd.replacements.requested',
    () => {
      setOpen(false);
      refresh();
    },
  );
  return (
    <>
      <Button label="qd.replacements.transfer.button" onClick={() => setOpen(true)}>
        <TransferIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.replacements.transfer.title', { name: inspector.name })}</DialogTitle>
        <Form onSubmit={submit}>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('qd.replacements.transfer.intro')}</DialogContentText>
            <ReferenceInput source="taskId" reference="tasks" filter={{ status: ['drawn', 'inspecting'] }} sort={{ field: 'id', order: 'DESC' }}>
              <AutocompleteInput
                label="qd.replacements.transfer.task"
                optionText={(t: Task) => `${t.code} ${t.title}`}
                helperText="qd.replacements.transfer.task_help"
                fullWidth
              />
            </ReferenceInput>
            <TextInput source="reason" label="resources.replacements.fields.reason" validate={REASON} multiline minRows={2} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="qd.replacements.request.submit" icon={<TransferIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

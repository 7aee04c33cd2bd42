import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { Button, DateInput, Form, SaveButton, SelectInput, required, useDataProvider, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { Choice } from '../common/libraryChoices';
import { today } from '../common/today';
import { validateChangedOn } from './changedOnValidation';

interface StatusChange {
  status: string;
  changedOn: string;
}

/**
 * 批量修改状态: one new status and the day it changed, for every selected record (each saved with its own version,
 * so a record someone else changed meanwhile is refused, not overwritten). Tells how many changed and why others did not.
 */
export const LibraryBulkStatusButton = ({ choices }: { choices: Choice[] }) => {
  const { selectedIds, resource, onUnselectItems } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);

  const apply = async ({ status, changedOn }: StatusChange) => {
    const { data: records } = await dataProvider.getMany(resource, { ids: selectedIds });
    const results = await Promise.allSettled(
      records.map((record) => dataProvider.update(resource, { id: record.id, data: { status, changedOn, version: record.version }, previousData: record })),
    );
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    const done = results.length - failures.length;
    if (failures.length) {
      const reason = translate((failures[0].reason as Error).message, { _: (failures[0].reason as Error).message });
      notify('qd.library.bulk.partly', { type: 'warning', messageArgs: { done, failed: failures.length, reason } });
    } else {
      notify('qd.library.bulk.done', { type: 'success', messageArgs: { smart_count: done } });
    }
    setOpen(false);
    onUnselectItems();
    refresh();
  };

  return (
    <>
      <Button label="qd.library.bulk.button" onClick={() => setOpen(true)}>
        <SyncAltIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <Form onSubmit={(values: FieldValues) => apply(values as StatusChange)} defaultValues={{ changedOn: today() }}>
          <DialogTitle>{translate('qd.library.bulk.title')}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('qd.library.bulk.intro', { smart_count: selectedIds.length })}
            </Typography>
            <SelectInput source="status" label="qd.library.bulk.status" choices={choices} validate={required()} fullWidth />
            <DateInput
              source="changedOn"
              label="qd.library.bulk.changed_on"
              validate={[required(), validateChangedOn]}
              helperText="qd.library.changed_on_helper"
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="qd.library.bulk.confirm" icon={<SyncAltIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

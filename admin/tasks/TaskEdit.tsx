import { Alert } from '@mui/material';
import { Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { TaskInputs } from './TaskInputs';
import type { Task } from '../records';

/** Once drawn, a task is the basis of a published record: it is no longer edited (void the draw first). */
const TaskEditForm = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  if (task.status !== 'draft')
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('qd.tasks.not_draft')}
      </Alert>
    );
  return (
    <SimpleForm>
      <TaskInputs />
    </SimpleForm>
  );
};

export const TaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<RecordTitle titleKey="qd.tasks.edit_title" field="code" />}>
    <TaskEditForm />
  </Edit>
);

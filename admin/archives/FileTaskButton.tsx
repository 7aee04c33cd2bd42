import { Link } from 'react-router-dom';
import ArchiveIcon from '@mui/icons-material/Inventory2';
import { Button, SelectInput, TextInput, required, useCanAccess, useDataProvider, useGetList, useRecordContext } from 'react-admin';
import { StepDialogButton } from '../common/StepDialogButton';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Archive, Task } from '../records';
import { RETENTION_CHOICES } from './choices';

/**
 * 归档 (§12.1) on a task's page: once all its results are confirmed, the line office or an archivist files one archive
 * of its draw record, its results and its evidence list; once filed, the button is a link to that archive.
 */
export const FileTaskButton = () => {
  const task = useRecordContext<Task>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const done = task?.status === 'completed' || task?.status === 'published';
  // The archives of the task's unit (the task in context would otherwise be checked as if it were an archive).
  const { canAccess: readsArchives } = useCanAccess({ action: 'list', resource: 'archives', record: task ? { unitId: task.unitId } : undefined });
  const { canAccess: mayFile } = useCanAccess({
    action: 'create',
    resource: 'archives',
    record: task ? { unitId: task.unitId, departmentId: task.departmentId } : undefined,
  });
  const { data: filed } = useGetList<Archive>(
    'archives',
    { filter: { taskId: task?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: !!task && done && readsArchives === true },
  );
  if (!task || !done) return null;
  const archive = filed?.[0];
  if (archive) {
    return (
      <Button component={Link} to={`/archives/${archive.id}/show`} label={archive.refNo}>
        <ArchiveIcon />
      </Button>
    );
  }
  if (!mayFile || !filed) return null;
  return (
    <StepDialogButton<{ refNo: string; custodian: string; location: string; retention: string }>
      label="qd.archives.file.button"
      title="qd.archives.file.title"
      intro="qd.archives.file.intro"
      icon={<ArchiveIcon />}
      defaultValues={{ retention: '30y' }}
      submit={(values) => dataProvider.fileTask(task.id, values)}
      done="qd.archives.file.done"
    >
      <TextInput source="refNo" label="resources.archives.fields.refNo" validate={required()} fullWidth />
      <TextInput source="custodian" label="resources.archives.fields.custodian" validate={required()} fullWidth />
      <TextInput source="location" label="resources.archives.fields.location" validate={required()} fullWidth />
      <SelectInput source="retention" label="resources.archives.fields.retention" choices={RETENTION_CHOICES} validate={required()} />
    </StepDialogButton>
  );
};

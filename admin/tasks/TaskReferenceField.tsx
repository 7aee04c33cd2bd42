import { ReferenceField, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';

/**
 * The task a record belongs to, linked to its page. Who cannot read it (an inspector; a district receiving a city
 * task's share) sees its number instead of a broken reference.
 */
export const TaskReferenceField = ({ source = 'taskId', field = 'code' }: { source?: string; field?: 'code' | 'title' | 'deadline' }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'tasks' });
  if (!record) return null;
  const fallback = <span>{field === 'code' ? translate('qd.tasks.task_n', { id: record[source] }) : '—'}</span>;
  if (!canAccess) return fallback;
  return (
    <ReferenceField source={source} reference="tasks" link={field === 'code' ? 'show' : false} empty={fallback}>
      <TextField source={field} />
    </ReferenceField>
  );
};

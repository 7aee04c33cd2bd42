import { EditButton, ListButton, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { RunDrawButton } from './RunDrawButton';
import { FileTaskButton } from '../archives/FileTaskButton';
import type { Task } from '../records';

/** Each button shows only while it applies (a draft) and only to whom it is allowed (the owning office). */
export const TaskShowActions = () => {
  const task = useRecordContext<Task>();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'tasks', record: task });
  return (
    <TopToolbar>
      {task?.status === 'draft' && canEdit && <EditButton />}
      <RunDrawButton />
      <FileTaskButton />
      <ListButton />
    </TopToolbar>
  );
};

import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Task } from '../records';

const COLORS = { draft: 'default', committed: 'secondary', drawn: 'primary', inspecting: 'warning', completed: 'success', published: 'success' } as const;

/** 草稿 → 已抽取 → 检查中 → 已完成 → 已公示. */
export const TaskStatusField = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  return (
    <Chip
      size="small"
      color={COLORS[task.status]}
      variant={task.status === 'draft' ? 'outlined' : 'filled'}
      label={translate(`qd.tasks.statuses.${task.status}`)}
    />
  );
};

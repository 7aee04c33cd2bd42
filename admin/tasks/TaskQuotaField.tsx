import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Task } from '../records';

/** The ratio as a percentage (500 bp → 5%) or the number of entities. */
export const TaskQuotaField = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  return (
    <Typography component="span" variant="body2">
      {task.ratioBp != null ? `${task.ratioBp / 100}%` : translate('qd.tasks.count_n', { n: task.count })}
    </Typography>
  );
};

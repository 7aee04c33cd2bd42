import { Typography } from '@mui/material';
import { ReferenceManyField, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { DrawRecordPanel } from '../draws/DrawRecordPanel';
import type { Draw, Task } from '../records';

const DrawPanels = () => {
  const task = useRecordContext<Task>();
  const { data } = useListContext<Draw>();
  const translate = useTranslate();
  if (data?.length === 0) return <Typography variant="body2">{translate('qd.tasks.not_drawn')}</Typography>;
  return (
    <>
      {data?.map((draw) => (
        <DrawRecordPanel key={draw.id} drawId={draw.id} taskStatus={task?.status} />
      ))}
    </>
  );
};

/** Every record drawn for the task, newest first: the valid one and the voided ones with their reasons. */
export const TaskDraws = () => (
  <ReferenceManyField reference="draws" target="taskId" sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <DrawPanels />
  </ReferenceManyField>
);

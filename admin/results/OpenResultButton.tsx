import EditNoteIcon from '@mui/icons-material/EditNote';
import { Button, useDataProvider, useRecordContext } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { Assignment } from '../records';

/** 录入结果 / 查看结果: from 我的检查任务 straight to the assignment's result form (a new one while pending). */
export const OpenResultButton = () => {
  const a = useRecordContext<Assignment>();
  const dataProvider = useDataProvider();
  const navigate = useNavigate();
  if (!a || !a.active) return null;
  const pending = a.resultStatus === 'pending';
  const open = async () => {
    if (pending) return navigate(`/results/create?assignmentId=${a.id}`);
    const { data } = await dataProvider.getList('results', {
      filter: { assignmentId: a.id },
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
    });
    return navigate(data[0] ? `/results/${data[0].id}` : `/results/create?assignmentId=${a.id}`);
  };
  return (
    <Button
      label={pending ? 'qd.results.enter' : a.resultStatus === 'draft' ? 'qd.results.continue' : 'qd.results.view'}
      onClick={(e) => {
        e.stopPropagation();
        void open();
      }}
    >
      <EditNoteIcon />
    </Button>
  );
};

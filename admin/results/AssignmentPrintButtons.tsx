import { useRecordContext } from 'react-admin';
import type { Assignment } from '../records';
import { usePageResult } from './PageResults';
import { PrintMenuButton } from './PrintMenuButton';

/** The documents of an assignment row (我的检查任务, a task's 抽取结果), with its result from the page's PageResults. */
export const AssignmentPrintButtons = () => {
  const a = useRecordContext<Assignment>();
  const result = usePageResult(a?.id);
  if (!a) return null;
  return <PrintMenuButton assignmentId={a.id} active={a.active} result={result} />;
};

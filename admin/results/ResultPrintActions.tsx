import { TopToolbar, useRecordContext } from 'react-admin';
import type { Result } from '../records';
import { PrintButtons } from './PrintButtons';

/** The result page's documents, above its steps: as saved (the filled record form prints the stored result). */
export const ResultPrintActions = () => {
  const r = useRecordContext<Result>();
  if (!r) return null;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <PrintButtons assignmentId={r.assignmentId} result={r} />
    </TopToolbar>
  );
};

import { Alert } from '@mui/material';
import { DataTable, ListContextProvider, TextField, useList } from 'react-admin';
import type { LineDiff } from '../../api/domain/plans';
import { LineChanges } from './LineChanges';
import { LineDiffKindField } from './LineDiffKindField';
import { compactHead } from '../common/tableStyles';

/** The line-by-line difference between two versions of a plan (or a proposal and the version it is based on). */
export const LineDiffTable = ({ diff, empty }: { diff: LineDiff[]; empty: string }) => {
  const lineOf = (d: LineDiff) => (d.kind === 'removed' ? d.before : d.after);
  // The server's diff names each line's item; a proposal's diff (made here) takes the name its lines carry.
  const records = diff.map((d) => ({ ...d, itemId: lineOf(d).itemId, itemName: (d as { itemName?: string }).itemName ?? lineOf(d).itemName }));
  const list = useList({ data: records, perPage: 1000 });
  if (!diff.length) return <Alert severity="info">{empty}</Alert>;
  return (
    <ListContextProvider value={list}>
      <DataTable sx={compactHead} bulkActionButtons={false} size="small" data-testid="line-diff">
        <DataTable.Col label="qd.plans.diff.kind" disableSort>
          <LineDiffKindField />
        </DataTable.Col>
        <DataTable.Col label="resources.planLines.fields.itemId" disableSort>
          <TextField source="itemName" />
        </DataTable.Col>
        <DataTable.Col label="qd.plans.diff.changes" disableSort>
          <LineChanges />
        </DataTable.Col>
      </DataTable>
    </ListContextProvider>
  );
};

import { DataTable } from 'react-admin';
import { ShowLink } from '../common/ShowLink';
import { compactHead, nowrapCell } from '../tasks/tableStyles';
import { LoanStatusField } from './LoanStatusField';
import { LoanActions } from './LoanActions';
import type { Loan } from '../records';
import { LocaleDateField } from '../common/LocaleDateField';

const Archives = ({ record }: { record?: Loan }) => <>{record?.archiveTitles.join('；')}</>;

/** Loans as rows: the list of loans and an archive's loan history; each row carries the steps the user may take. */
export const LoanGrid = () => (
  <DataTable rowClick="show" bulkActionButtons={false} sx={compactHead} resource="loans">
    <DataTable.Col source="id" cellSx={nowrapCell}>
      <ShowLink source="id" />
    </DataTable.Col>
    <DataTable.Col source="archiveTitles" disableSort render={(r: Loan) => <Archives record={r} />} />
    <DataTable.Col source="purpose" />
    <DataTable.Col source="requestedByName" cellSx={nowrapCell} />
    <DataTable.Col source="createdAt" cellSx={nowrapCell}>
      <LocaleDateField showTime={false} source="createdAt" />
    </DataTable.Col>
    <DataTable.Col source="dueDate" cellSx={nowrapCell}>
      <LocaleDateField showTime={false} source="dueDate" />
    </DataTable.Col>
    <DataTable.Col source="status">
      <LoanStatusField />
    </DataTable.Col>
    <DataTable.Col label="qd.archives.actions" disableSort cellSx={nowrapCell}>
      <LoanActions />
    </DataTable.Col>
  </DataTable>
);

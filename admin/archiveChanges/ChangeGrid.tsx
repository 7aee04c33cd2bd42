import { DataTable, SelectField } from 'react-admin';
import { CHANGE_KIND_CHOICES } from '../archives/choices';
import { compactHead, nowrapCell } from '../tasks/tableStyles';
import { ChangeStatusField } from './ChangeStatusField';
import { DecideChangeButton } from './DecideChangeButton';
import { LocaleDateField } from '../common/LocaleDateField';

/** Change requests as rows (the list, and an archive's page): what, why, who asked, who decided; decided in place. */
export const ChangeGrid = ({ withArchive = true }: { withArchive?: boolean }) => (
  <DataTable bulkActionButtons={false} rowClick={false} sx={compactHead} resource="archiveChanges">
    {withArchive && <DataTable.Col source="refNo" cellSx={nowrapCell} />}
    {withArchive && <DataTable.Col source="archiveTitle" />}
    <DataTable.Col source="kind" cellSx={nowrapCell}>
      <SelectField source="kind" choices={CHANGE_KIND_CHOICES} />
    </DataTable.Col>
    <DataTable.Col source="content" />
    <DataTable.Col source="reason" />
    <DataTable.Col source="requestedByName" cellSx={nowrapCell} />
    <DataTable.Col source="createdAt" cellSx={nowrapCell}>
      <LocaleDateField showTime={false} source="createdAt" />
    </DataTable.Col>
    <DataTable.Col source="status" cellSx={nowrapCell}>
      <ChangeStatusField />
    </DataTable.Col>
    <DataTable.Col source="decidedByName" cellSx={nowrapCell} />
    <DataTable.Col source="decisionReason" />
    <DataTable.Col label="qd.archives.actions" disableSort cellSx={nowrapCell}>
      <DecideChangeButton verdict="approve" />
      <DecideChangeButton verdict="reject" />
    </DataTable.Col>
  </DataTable>
);

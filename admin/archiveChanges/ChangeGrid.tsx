import { Box, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, SimpleList, useRecordContext } from 'react-admin';
import type { ArchiveChange } from '../records';
import { LocaleDateField } from '../common/LocaleDateField';
import { compactHead, nowrapCell } from '../common/tableStyles';
import { ChangeStatusField } from './ChangeStatusField';
import { ChangeWhatField } from './ChangeWhatField';
import { DecideChangeButton } from './DecideChangeButton';

/** Who decided and what they wrote, in one column (eleven columns do not fit beside the menu at 1440 pixels). */
const decision = (c: ArchiveChange) => (c.decidedByName && c.decisionReason ? `${c.decidedByName}：${c.decisionReason}` : c.decidedByName);

/** A change request's first line on a phone: its archive (on the list), its kind, its state and the decision buttons. */
const PhonePrimary = ({ withArchive }: { withArchive: boolean }) => {
  const c = useRecordContext<ArchiveChange>();
  if (!c) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
      {withArchive && (
        <Box component="span" sx={{ width: '100%' }}>
          {c.refNo} {c.archiveTitle}
        </Box>
      )}
      <Box component="span" sx={{ mr: 0.5 }}>
        <ChangeWhatField />
      </Box>
      <ChangeStatusField />
      <DecideChangeButton verdict="approve" />
      <DecideChangeButton verdict="reject" />
    </Box>
  );
};

/**
 * Change requests as rows (the list, and an archive's page): what, why, who asked, who decided; decided in place. On
 * a phone they are a list whose lines wrap, with the same decision buttons, instead of a table of eleven columns.
 */
export const ChangeGrid = ({ withArchive = true }: { withArchive?: boolean }) => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (phone) {
    return (
      <SimpleList<ArchiveChange>
        resource="archiveChanges"
        rowClick={false}
        primaryText={<PhonePrimary withArchive={withArchive} />}
        secondaryText={(c) => [c.content, c.reason, c.requestedByName, decision(c)].filter(Boolean).join(' · ')}
      />
    );
  }
  return (
    <DataTable bulkActionButtons={false} rowClick={false} sx={compactHead} resource="archiveChanges">
      {withArchive && <DataTable.Col source="refNo" cellSx={nowrapCell} />}
      {withArchive && <DataTable.Col source="archiveTitle" />}
      <DataTable.Col source="kind">
        <ChangeWhatField />
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
      <DataTable.Col source="decisionReason" render={decision} />
      {/* The buttons wrap under each other rather than push the table past its box. */}
      <DataTable.Col label="qd.archives.actions" disableSort>
        <DecideChangeButton verdict="approve" />
        <DecideChangeButton verdict="reject" />
      </DataTable.Col>
    </DataTable>
  );
};

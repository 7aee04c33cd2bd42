import { Box, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, SimpleList, useRecordContext, useTranslate } from 'react-admin';
import { ShowLink } from '../common/ShowLink';
import { LocaleDateField } from '../common/LocaleDateField';
import { compactHead, nowrapCell, textCell } from '../common/tableStyles';
import { LoanStatusField } from './LoanStatusField';
import { LoanActions } from './LoanActions';
import type { Loan } from '../records';

const Archives = ({ record }: { record?: Loan }) => <>{record?.archiveTitles.join('；')}</>;

/** A loan's line on a phone: its archives and where it stands. */
const PhonePrimary = () => {
  const loan = useRecordContext<Loan>();
  if (!loan) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
      <Box component="span" sx={{ mr: 0.5 }}>
        {loan.archiveTitles.join('；')}
      </Box>
      <LoanStatusField />
    </Box>
  );
};

/**
 * Loans as rows: the list of loans and an archive's loan history; each row carries the steps the user may take. On a
 * phone the rows are a list (as react-admin's demo does) that opens the loan, whose page carries the steps: a table
 * of eight columns does not fit 375 pixels.
 */
export const LoanGrid = () => {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (phone) {
    return (
      <SimpleList<Loan>
        resource="loans"
        rowClick="show"
        primaryText={<PhonePrimary />}
        secondaryText={(l) =>
          `${l.purpose} · ${translate('qd.loans.requestedBy', { name: l.requestedByName })} · ${translate('resources.loans.fields.dueDate')} ${l.dueDate}`
        }
      />
    );
  }
  return (
    <DataTable rowClick="show" bulkActionButtons={false} sx={compactHead} resource="loans">
      <DataTable.Col source="id" cellSx={nowrapCell}>
        <ShowLink source="id" />
      </DataTable.Col>
      <DataTable.Col source="archiveTitles" disableSort cellSx={textCell} render={(r: Loan) => <Archives record={r} />} />
      <DataTable.Col source="purpose" cellSx={textCell} />
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
      {/* The buttons wrap under each other rather than push the table past its box. */}
      <DataTable.Col label="qd.archives.actions" disableSort>
        <LoanActions />
      </DataTable.Col>
    </DataTable>
  );
};

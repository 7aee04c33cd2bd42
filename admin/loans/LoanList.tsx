import { DataTable, DateField, List, SelectField, SelectInput, TextInput } from 'react-admin';
import { LOAN_STATES } from '../../api/domain/archives';
import { QdPagination } from '../common/QdPagination';

const STATUS_CHOICES = LOAN_STATES.map((id) => ({ id, name: `qd.loans.statuses.${id}` }));
const filters = [<TextInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />];

/** 档案借阅 (§12.4): who borrowed which archives, until when, and where the loan stands. */
export const LoanList = () => (
  <List pagination={<QdPagination />} filters={filters} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="archiveTitles" render={(r) => (r.archiveTitles as string[]).join('；')} />
      <DataTable.Col source="purpose" />
      <DataTable.Col source="requestedByName" />
      <DataTable.Col source="status">
        <SelectField source="status" choices={STATUS_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="dueDate">
        <DateField source="dueDate" />
      </DataTable.Col>
      <DataTable.Col source="checkedOutAt">
        <DateField source="checkedOutAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);

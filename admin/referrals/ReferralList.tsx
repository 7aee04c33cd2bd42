import { DataTable, List, SelectField, SelectInput, TextInput } from 'react-admin';
import { REFERRAL_KIND_CHOICES } from '../results/choices';
import { QdPagination } from '../common/QdPagination';
import { LocaleDateField } from '../common/LocaleDateField';

const filters = [<TextInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={REFERRAL_KIND_CHOICES} alwaysOn />];

/** 线索移交 (§10.2): internal case sources, other authorities, the police (§13.2c), with their receipt. */
export const ReferralList = () => (
  <List pagination={<QdPagination />} filters={filters} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="entityName" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={REFERRAL_KIND_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="recipient" />
      <DataTable.Col source="referredOn">
        <LocaleDateField showTime={false} source="referredOn" />
      </DataTable.Col>
      <DataTable.Col source="contents" />
      <DataTable.Col source="receivedOn">
        <LocaleDateField showTime={false} source="receivedOn" />
      </DataTable.Col>
    </DataTable>
  </List>
);

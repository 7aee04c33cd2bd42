import { BooleanField, DataTable, List, SearchInput } from 'react-admin';
import { ChoicesArrayField } from '../common/ChoicesArrayField';
import { LocaleDateField } from '../common/LocaleDateField';
import { QdPagination } from '../common/QdPagination';
import { KIND_CHOICES } from './choices';
import { OutsideSystemTokenField } from './OutsideSystemTokenField';
import { ShowLink } from '../common/ShowLink';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** 对外共享系统 (issue 15): where published results, non-cooperation records and draws are sent. */
export const OutsideSystemList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="name">
        <ShowLink source="name" />
      </DataTable.Col>
      <DataTable.Col source="displayName" />
      <DataTable.Col source="baseUrl" />
      <DataTable.Col source="kinds" disableSort>
        <ChoicesArrayField source="kinds" choices={KIND_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="enabled">
        <BooleanField source="enabled" />
      </DataTable.Col>
      <DataTable.Col source="tokenVariable" disableSort>
        <OutsideSystemTokenField />
      </DataTable.Col>
      <DataTable.Col source="updatedAt" field={LocaleDateField} />
    </DataTable>
  </List>
);

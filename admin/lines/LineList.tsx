import { DataTable, List, SearchInput } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';

const lineFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const LineList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={lineFilters} sort={{ field: 'id', order: 'ASC' }}>
    <DataTable>
      <DataTable.Col source="name">
        <ShowLink source="name" />
      </DataTable.Col>
      <DataTable.Col source="code" />
      <DataTable.Col source="updatedAt" field={LocaleDateField} />
    </DataTable>
  </List>
);

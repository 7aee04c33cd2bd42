import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { LEVEL_CHOICES } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';

const unitFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="level" source="level" choices={LEVEL_CHOICES} alwaysOn />];

export const UnitList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={unitFilters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable>
      <DataTable.Col source="code" />
      <DataTable.Col source="name">
        <ShowLink source="name" />
      </DataTable.Col>
      <DataTable.Col source="level">
        <SelectField source="level" choices={LEVEL_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="updatedAt" field={LocaleDateField} />
    </DataTable>
  </List>
);

import { BooleanField, DataTable, List, ReferenceField } from 'react-admin';
import { departmentFilters } from './departmentFilters';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';

export const DepartmentList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={departmentFilters} sort={{ field: 'unitId', order: 'ASC' }}>
    <DataTable>
      <DataTable.Col source="name">
        <ShowLink source="name" />
      </DataTable.Col>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link={false} />
      </DataTable.Col>
      <DataTable.Col source="lead" field={BooleanField} />
      <DataTable.Col source="lineId">
        <ReferenceField source="lineId" reference="lines" link={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);

import { BooleanField, DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { ROLE_CHOICES } from '../common/choices';
import { userFilters } from './userFilters';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';

export const UserList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={userFilters} sort={{ field: 'username', order: 'ASC' }}>
    <DataTable>
      <DataTable.Col source="username">
        <ShowLink source="username" />
      </DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={ROLE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link={false} />
      </DataTable.Col>
      <DataTable.Col source="departmentId">
        <ReferenceField source="departmentId" reference="departments" link={false} />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);

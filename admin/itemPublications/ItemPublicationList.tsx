import { DataTable, List, NumberField, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { ShowLink } from '../common/ShowLink';
import { QdPagination } from '../common/QdPagination';

const filters = [
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

/** 清单发布记录: every publication of a unit's item list, newest first. */
export const ItemPublicationList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={filters} sort={{ field: 'publishedAt', order: 'DESC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="publishedAt">
        <ShowLink source="publishedAt">
          <LocaleDateField source="publishedAt" />
        </ShowLink>
      </DataTable.Col>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link={false} />
      </DataTable.Col>
      <DataTable.Col source="publishedByName" />
      <DataTable.Col source="itemCount" field={NumberField} />
    </DataTable>
  </List>
);

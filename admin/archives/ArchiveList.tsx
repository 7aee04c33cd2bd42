import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { ShowLink } from '../common/ShowLink';
import { QdPagination } from '../common/QdPagination';
import { compactHead, nowrapCell, textCell } from '../common/tableStyles';
import { RETENTION_CHOICES } from './choices';
import { ArchiveStatusField } from './ArchiveStatusField';
import { archiveFilters } from './archiveFilters';

/** 档案 (§12.1): the unit's archives by line, newest first; a row opens the archive, its documents and loans. */
export const ArchiveList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={archiveFilters} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false} sx={compactHead}>
      <DataTable.Col source="refNo" cellSx={nowrapCell}>
        <ShowLink source="refNo" />
      </DataTable.Col>
      <DataTable.Col source="title" cellSx={textCell} />
      <DataTable.Col source="year" cellSx={nowrapCell} />
      <DataTable.Col source="departmentId">
        <ReferenceField source="departmentId" reference="departments" link={false} />
      </DataTable.Col>
      <DataTable.Col source="taskCode" cellSx={nowrapCell} />
      <DataTable.Col source="documentCount" cellSx={nowrapCell} />
      <DataTable.Col source="retention" cellSx={nowrapCell}>
        <SelectField source="retention" choices={RETENTION_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="location" />
      <DataTable.Col source="status" cellSx={nowrapCell}>
        <ArchiveStatusField />
      </DataTable.Col>
    </DataTable>
  </List>
);

import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedField } from './TranslatedField';
import { auditFilters } from './auditFilters';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';

/** 审计日志: read-only, newest first; a row opens the entry with its before/after and its place in the hash chain. */
export const AuditList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={auditFilters} sort={{ field: 'id', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id">
        <ShowLink source="id" />
      </DataTable.Col>
      <DataTable.Col source="at" field={LocaleDateField} />
      <DataTable.Col source="actorName" />
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link={false} />
      </DataTable.Col>
      <DataTable.Col source="action">
        <TranslatedField source="action" prefix="qd.audit.actions" />
      </DataTable.Col>
      <DataTable.Col source="resource">
        <TranslatedField source="resource" prefix="qd.audit.resources" />
      </DataTable.Col>
      <DataTable.Col source="recordId" />
      <DataTable.Col source="reason" />
    </DataTable>
  </List>
);

import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { PlanStatusField } from './PlanStatusField';
import { PlanVersionField } from './PlanVersionField';
import { planFilters } from './planFilters';
import { compactHead, textCell } from '../common/tableStyles';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';

/** 年度抽查计划: every plan the user may read (published plans are public, §5.3); newest year first. */
export const PlanList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={planFilters} sort={{ field: 'year', order: 'DESC' }}>
    <DataTable sx={compactHead} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="year" />
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link={false} />
      </DataTable.Col>
      <DataTable.Col source="title" cellSx={textCell}>
        <ShowLink source="title" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <PlanStatusField />
      </DataTable.Col>
      <DataTable.Col source="planVersion">
        <PlanVersionField />
      </DataTable.Col>
      <DataTable.Col source="publishedAt">
        <LocaleDateField source="publishedAt" showTime={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);

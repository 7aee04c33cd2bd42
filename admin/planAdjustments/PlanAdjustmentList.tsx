import { DataTable, List, ReferenceField, SelectInput, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { ADJUSTMENT_STATUS_CHOICES } from '../plans/choices';
import { compactHead, nowrapCell } from '../common/tableStyles';
import { AdjustmentChanges } from './AdjustmentChanges';
import { AdjustmentStatusField } from './AdjustmentStatusField';
import { AdjustmentActions } from './AdjustmentActions';
import { ProposerField } from './ProposerField';
import { QdPagination } from '../common/QdPagination';
import { ExpandToggle, expandByToggle } from '../common/ExpandToggle';

const filters = [<SelectInput key="status" source="status" choices={ADJUSTMENT_STATUS_CHOICES} alwaysOn />];

/** 计划调整: every proposal of the user's scope in one list (§8.2), pending first for the lead office to decide. */
export const PlanAdjustmentList = () => (
  <List
    pagination={<QdPagination />}
    filters={filters}
    filterDefaultValues={{ status: 'pending' }}
    sort={{ field: 'id', order: 'ASC' }}
    perPage={25}
    exporter={false}
  >
    <DataTable sx={{ ...compactHead, ...expandByToggle }} bulkActionButtons={false} rowClick={false} expand={<AdjustmentChanges />}>
      <DataTable.Col label="qd.list.details">
        <ExpandToggle />
      </DataTable.Col>
      <DataTable.Col source="id" />
      <DataTable.Col source="planId">
        <ReferenceField source="planId" reference="plans" link={(record) => `/plans/${record.id}/show/adjustments`} />
      </DataTable.Col>
      <DataTable.Col source="createdAt" field={LocaleDateField} cellSx={nowrapCell} />
      <DataTable.Col source="lineId" cellSx={nowrapCell}>
        <ProposerField />
      </DataTable.Col>
      <DataTable.Col source="reason">
        <TextField source="reason" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <AdjustmentStatusField />
      </DataTable.Col>
      <DataTable.Col label="qd.assignments.actions">
        <AdjustmentActions />
      </DataTable.Col>
    </DataTable>
  </List>
);

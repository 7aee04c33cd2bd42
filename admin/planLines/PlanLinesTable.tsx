import { DataTable, Pagination, ReferenceField, ReferenceManyField, SelectField, TextField } from 'react-admin';
import { FREQUENCY_CHOICES, METHOD_CHOICES } from '../plans/choices';
import { JointField } from './JointField';
import { QuotaField } from './QuotaField';
import type { PlanLine } from '../records';
import { compactHead } from '../common/tableStyles';

/** A published plan's lines, read-only: they change only through adjustments (§8.2). */
export const PlanLinesTable = () => (
  <ReferenceManyField
    reference="planLines"
    target="planId"
    perPage={100}
    sort={{ field: 'id', order: 'ASC' }}
    pagination={<Pagination rowsPerPageOptions={[]} />}
  >
    <DataTable sx={compactHead} bulkActionButtons={false} size="small">
      <DataTable.Col source="itemId">
        <TextField source="itemName" />
      </DataTable.Col>
      <DataTable.Col source="departmentId">
        <ReferenceField source="departmentId" reference="departments" link={false} />
      </DataTable.Col>
      <DataTable.Col source="ratioBp" label="resources.planLines.fields.quota">
        <QuotaField />
      </DataTable.Col>
      <DataTable.Col source="frequency">
        <SelectField source="frequency" choices={FREQUENCY_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="windowStart" label="resources.planLines.fields.window" render={(l: PlanLine) => `${l.windowStart} ~ ${l.windowEnd}`} />
      <DataTable.Col source="method">
        <SelectField source="method" choices={METHOD_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="joint">
        <JointField />
      </DataTable.Col>
      <DataTable.Col source="note" />
    </DataTable>
  </ReferenceManyField>
);

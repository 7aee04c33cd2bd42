import { DataTable, DeleteButton, ReferenceField, ReferenceManyField, TextField, useNotify, useRefresh } from 'react-admin';
import type { Plan } from '../records';
import { compactHead } from '../common/tableStyles';

/** The plan's exemptions with their reasons; the lead office may withdraw one while the plan is a draft. */
export const ExemptionList = ({ plan }: { plan: Plan }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const onSuccess = () => {
    notify('qd.plans.coverage.exemption_deleted', { type: 'info' });
    refresh();
  };
  return (
    <ReferenceManyField reference="planExemptions" target="planId" record={plan} perPage={100} sort={{ field: 'id', order: 'ASC' }}>
      <DataTable sx={compactHead} bulkActionButtons={false} size="small">
        <DataTable.Col source="itemId">
          <ReferenceField source="itemId" reference="items" link={false}>
            <TextField source="name" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="reason" />
        {plan.status === 'draft' && (
          <DataTable.Col align="right">
            <DeleteButton label="qd.plans.coverage.remove_exemption" mutationMode="pessimistic" redirect={false} mutationOptions={{ onSuccess }} />
          </DataTable.Col>
        )}
      </DataTable>
    </ReferenceManyField>
  );
};

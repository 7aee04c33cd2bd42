import { Stack } from '@mui/material';
import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { REPLACEMENT_KIND_CHOICES } from '../tasks/choices';
import { EmptyNote } from '../tasks/EmptyNote';
import { TaskReferenceField } from '../tasks/TaskReferenceField';
import { nowrapCell } from '../common/tableStyles';
import { DecideReplacementButton } from './DecideReplacementButton';
import { WithdrawReplacementButton } from './WithdrawReplacementButton';
import { ReplacementDecision } from './ReplacementDecision';
import { ReplacementStatusField } from './ReplacementStatusField';
import { RequesterField } from './RequesterField';
import { ReplacementSwapField } from './ReplacementSwapField';
import { ExpandToggle, expandByToggle } from '../common/ExpandToggle';

/** Requests and where they stand; a row unfolds into the decision and the candidates of the replacement draw. */
export const ReplacementGrid = ({ withTask = true }: { withTask?: boolean }) => (
  <DataTable expand={<ReplacementDecision />} bulkActionButtons={false} empty={<EmptyNote message="qd.replacements.none" />} sx={expandByToggle}>
    <DataTable.Col label="qd.list.details">
      <ExpandToggle />
    </DataTable.Col>
    <DataTable.Col source="createdAt" field={LocaleDateField} />
    {withTask && (
      <DataTable.Col source="taskId" cellSx={nowrapCell}>
        <TaskReferenceField />
      </DataTable.Col>
    )}
    <DataTable.Col source="entityId">
      <ReferenceField source="entityId" reference="entities" link={false} />
    </DataTable.Col>
    <DataTable.Col source="inspectorId" label="qd.replacements.swap">
      <ReplacementSwapField />
    </DataTable.Col>
    <DataTable.Col source="kind" cellSx={nowrapCell}>
      <SelectField source="kind" choices={REPLACEMENT_KIND_CHOICES} />
    </DataTable.Col>
    <DataTable.Col source="reason" />
    <DataTable.Col source="requestedBy" disableSort cellSx={nowrapCell}>
      <RequesterField />
    </DataTable.Col>
    <DataTable.Col source="status">
      <ReplacementStatusField />
    </DataTable.Col>
    <DataTable.Col label="qd.assignments.actions">
      <Stack direction="row" sx={{ whiteSpace: 'nowrap' }}>
        <DecideReplacementButton verdict="approve" />
        <DecideReplacementButton verdict="reject" />
        <WithdrawReplacementButton />
      </Stack>
    </DataTable.Col>
  </DataTable>
);

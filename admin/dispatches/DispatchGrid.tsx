import { Stack } from '@mui/material';
import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { DISTRICT_CHOICES } from '../common/libraryChoices';
import { TaskReferenceField } from '../tasks/TaskReferenceField';
import { compactHead, nowrapCell } from '../common/tableStyles';
import { DispatchShare } from './DispatchShare';
import { DispatchStatusField } from './DispatchStatusField';
import { MatchInspectorsButton } from './MatchInspectorsButton';
import { ReceiveDispatchButton } from './ReceiveDispatchButton';
import { ExpandToggle, expandByToggle } from '../common/ExpandToggle';

/** Shares of dispatched tasks: who sent what to whom, where it stands, and the receiving district's actions. Inside a task's page the task and its sender go without saying. */
export const DispatchGrid = ({ inTask = false }: { inTask?: boolean }) => (
  <DataTable expand={<DispatchShare />} bulkActionButtons={false} sx={{ ...compactHead, ...expandByToggle }}>
    <DataTable.Col label="qd.list.details">
      <ExpandToggle />
    </DataTable.Col>
    {!inTask && (
      <DataTable.Col source="taskId" cellSx={nowrapCell}>
        <TaskReferenceField />
      </DataTable.Col>
    )}
    {!inTask && (
      <DataTable.Col source="fromUnitId">
        <ReferenceField source="fromUnitId" reference="units" link={false} />
      </DataTable.Col>
    )}
    <DataTable.Col source="district">
      <SelectField source="district" choices={DISTRICT_CHOICES} />
    </DataTable.Col>
    <DataTable.Col source="unitId">
      <ReferenceField source="unitId" reference="units" link={false} />
    </DataTable.Col>
    <DataTable.Col source="entityCount" />
    <DataTable.Col source="status">
      <DispatchStatusField />
    </DataTable.Col>
    <DataTable.Col source="receivedAt" field={LocaleDateField} />
    <DataTable.Col label="qd.assignments.actions">
      <Stack direction="row">
        <ReceiveDispatchButton />
        <MatchInspectorsButton />
      </Stack>
    </DataTable.Col>
  </DataTable>
);

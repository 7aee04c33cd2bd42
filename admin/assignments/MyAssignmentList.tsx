import { Stack } from '@mui/material';
import { DataTable, List, ReferenceField, TextField, useCanAccess, useGetIdentity } from 'react-admin';
import { PendingRequests } from './PendingRequests';
import { TaskReferenceField } from '../tasks/TaskReferenceField';
import { compactHead, nowrapCell } from '../common/tableStyles';
import { AssignmentTeamField } from './AssignmentTeamField';
import { RequestReplacementButton } from './RequestReplacementButton';
import { QdPagination } from '../common/QdPagination';
import { OpenResultButton } from '../results/OpenResultButton';
import { PageResults } from '../results/PageResults';
import { AssignmentPrintButtons } from '../results/AssignmentPrintButtons';

/**
 * 我的检查任务: the entities the signed-in user is to inspect, with the task and the team. The API already limits an
 * inspector to their own; for an officer or head who is also an inspector the filter keeps the page about them.
 */
export const MyAssignmentList = () => {
  const { identity } = useGetIdentity();
  // Who cannot read tasks (inspectors, under the API's rules) sees the task's number only, not empty columns.
  const { canAccess: readsTasks } = useCanAccess({ action: 'list', resource: 'tasks' });
  if (!identity) return null;
  return (
    <List
      pagination={<QdPagination />}
      perPage={25}
      filter={{ inspectorUserIds: identity.id, active: true }}
      sort={{ field: 'id', order: 'DESC' }}
      exporter={false}
    >
      <PendingRequests>
        <PageResults>
          <DataTable bulkActionButtons={false} sx={compactHead}>
            <DataTable.Col source="entityId">
              <ReferenceField source="entityId" reference="entities" link="show" />
            </DataTable.Col>
            <DataTable.Col label="resources.entities.fields.address" cellSx={() => ({ minWidth: '11.25rem' })}>
              <ReferenceField source="entityId" reference="entities" link={false}>
                <TextField source="address" />
              </ReferenceField>
            </DataTable.Col>
            <DataTable.Col label="resources.entities.fields.legalRep" cellSx={nowrapCell}>
              <ReferenceField source="entityId" reference="entities" link={false}>
                <TextField source="legalRep" />
              </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="uscc" />
            {/* The task's number over its title, and no district column (the address names it): the actions fit at 1440 px. */}
            <DataTable.Col source="taskId" cellSx={() => ({ minWidth: '9.375rem' })}>
              <Stack>
                <TaskReferenceField />
                {readsTasks && <TaskReferenceField field="title" />}
              </Stack>
            </DataTable.Col>
            {readsTasks && (
              <DataTable.Col label="resources.tasks.fields.deadline" cellSx={nowrapCell}>
                <TaskReferenceField field="deadline" />
              </DataTable.Col>
            )}
            <DataTable.Col source="inspectorIds" disableSort>
              <AssignmentTeamField />
            </DataTable.Col>
            <DataTable.Col label="qd.assignments.actions" cellSx={nowrapCell}>
              {/* One above the other: the table is wide already. */}
              <Stack sx={{ alignItems: 'flex-start' }}>
                <OpenResultButton />
                <AssignmentPrintButtons />
                <RequestReplacementButton />
              </Stack>
            </DataTable.Col>
          </DataTable>
        </PageResults>
      </PendingRequests>
    </List>
  );
};

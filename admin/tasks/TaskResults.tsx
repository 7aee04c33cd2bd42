import { DataTable, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import { AssignmentTeamField } from '../assignments/AssignmentTeamField';
import { RequestReplacementButton } from '../assignments/RequestReplacementButton';
import { EmptyNote } from './EmptyNote';
import { PendingRequests } from '../assignments/PendingRequests';
import { PageResults } from '../results/PageResults';
import { AssignmentPrintButtons } from '../results/AssignmentPrintButtons';
import { compactHead, nowrapCell } from '../common/tableStyles';

/** 抽取结果: the drawn entities (name, USCC, district) in draw order and their teams, with the documents to print and the 回避/更换 request. */
export const TaskResults = () => (
  <ReferenceManyField
    reference="assignments"
    target="taskId"
    filter={{ active: true }}
    sort={{ field: 'id', order: 'ASC' }}
    perPage={25}
    pagination={<Pagination />}
  >
    <PendingRequests>
      <PageResults>
        <DataTable bulkActionButtons={false} sx={compactHead} empty={<EmptyNote message="qd.tasks.no_results" />}>
          <DataTable.Col source="entityId">
            <ReferenceField source="entityId" reference="entities" link="show" />
          </DataTable.Col>
          <DataTable.Col source="uscc" />
          <DataTable.Col source="stratum" />
          <DataTable.Col source="inspectorIds" disableSort>
            <AssignmentTeamField />
          </DataTable.Col>
          <DataTable.Col label="qd.assignments.actions" cellSx={nowrapCell}>
            <AssignmentPrintButtons />
            <RequestReplacementButton />
          </DataTable.Col>
        </DataTable>
      </PageResults>
    </PendingRequests>
  </ReferenceManyField>
);

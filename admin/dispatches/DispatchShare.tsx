import { Box, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceField, ReferenceManyField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { AssignmentTeamField } from '../assignments/AssignmentTeamField';
import { RequestReplacementButton } from '../assignments/RequestReplacementButton';
import { DrawRecordPanel } from '../draws/DrawRecordPanel';
import { EmptyNote } from '../tasks/EmptyNote';
import { nowrapCell } from '../common/tableStyles';
import type { Dispatch } from '../records';

/** A share unfolded: its entities with the teams matched to them, and the record of that matching. */
export const DispatchShare = () => {
  const dispatch = useRecordContext<Dispatch>();
  const translate = useTranslate();
  // The matching record is the receiving district's: the sender reads it only if it supervises that unit.
  const { canAccess: readsMatching } = useCanAccess({ action: 'show', resource: 'draws', record: { unitId: dispatch?.unitId } });
  if (!dispatch) return null;
  return (
    <Box sx={{ p: 1 }}>
      <Typography variant="subtitle2" gutterBottom>
        {translate('qd.dispatches.entities')}
      </Typography>
      <ReferenceManyField reference="assignments" target="dispatchId" filter={{ active: true }} perPage={25} pagination={<Pagination />}>
        <DataTable bulkActionButtons={false} empty={<EmptyNote message="qd.dispatches.entities_hidden" />}>
          <DataTable.Col source="entityId">
            <ReferenceField source="entityId" reference="entities" link={false} />
          </DataTable.Col>
          <DataTable.Col source="uscc" />
          <DataTable.Col source="inspectorIds" disableSort>
            <AssignmentTeamField />
          </DataTable.Col>
          <DataTable.Col label="qd.assignments.actions" cellSx={nowrapCell}>
            <RequestReplacementButton />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      {dispatch.teamDrawId != null && readsMatching && (
        <Box sx={{ mt: 2 }}>
          <DrawRecordPanel drawId={dispatch.teamDrawId} />
        </Box>
      )}
    </Box>
  );
};

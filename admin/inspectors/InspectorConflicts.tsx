import { Box, Typography } from '@mui/material';
import { DataTable, DeleteButton, ReferenceField, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Inspector } from '../records';
import { InspectorConflictAddButton } from './InspectorConflictAddButton';

const EntityName = () => (
  <ReferenceField source="entityId" reference="entities" link="show">
    <TextField source="name" />
  </ReferenceField>
);
const EntityCode = () => (
  <ReferenceField source="entityId" reference="entities" link={false}>
    <TextField source="uscc" sx={{ fontFamily: 'monospace' }} />
  </ReferenceField>
);

/** The entities this inspector must not inspect (回避), with adding and removing where the user may. */
export const InspectorConflicts = () => {
  const inspector = useRecordContext<Inspector>();
  const translate = useTranslate();
  if (!inspector) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="inspector-conflicts">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h2">
          {translate('qd.conflicts.title')}
        </Typography>
        <InspectorConflictAddButton inspector={inspector} />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('qd.conflicts.intro')}
      </Typography>
      <ReferenceManyField
        reference="conflicts"
        target="inspectorId"
        sort={{ field: 'id', order: 'ASC' }}
        perPage={100}
        empty={<Typography variant="body2">{translate('qd.conflicts.empty')}</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="entityId">
            <EntityName />
          </DataTable.Col>
          <DataTable.Col label="resources.entities.fields.uscc">
            <EntityCode />
          </DataTable.Col>
          <DataTable.Col source="reason" />
          <DataTable.Col source="createdAt" field={LocaleDateField} />
          <DataTable.Col>
            <DeleteButton mutationMode="pessimistic" redirect={false} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};

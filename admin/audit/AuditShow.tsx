import { Grid } from '@mui/material';
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, ListButton } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedField } from './TranslatedField';
import { JsonField } from './JsonField';

const hashStyle = { fontFamily: 'monospace', wordBreak: 'break-all' } as const;

const AuditShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

export const AuditShow = () => (
  <Show actions={<AuditShowActions />}>
    <SimpleShowLayout>
      <TextField source="id" />
      <LocaleDateField source="at" />
      <TextField source="actorName" />
      <ReferenceField source="unitId" reference="units" link={false} />
      <TranslatedField source="action" prefix="qd.audit.actions" />
      <TranslatedField source="resource" prefix="qd.audit.resources" />
      <TextField source="recordId" />
      <TextField source="reason" />
      <Grid container spacing={2} sx={{ width: '100%' }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="before">
            <JsonField source="before" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="after">
            <JsonField source="after" />
          </Labeled>
        </Grid>
      </Grid>
      <TextField source="prevHash" sx={hashStyle} />
      <TextField source="hash" sx={hashStyle} />
    </SimpleShowLayout>
  </Show>
);

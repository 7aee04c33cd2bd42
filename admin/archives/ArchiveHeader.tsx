import { Box, Grid } from '@mui/material';
import { BooleanField, Labeled, ReferenceField, SelectField, TextField, useRecordContext } from 'react-admin';
import type { Archive } from '../records';
import { RETENTION_CHOICES } from './choices';
import { ArchiveStatusField } from './ArchiveStatusField';

const cell = { xs: 6, md: 3 };

/** The archive's catalogue entry (著录项): what anyone who may read the list sees of it. */
export const ArchiveHeader = () => {
  const a = useRecordContext<Archive>();
  if (!a) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Grid container spacing={1}>
        <Grid size={{ xs: 12, md: 9 }}>
          <Labeled source="title">
            <TextField source="title" variant="h6" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="status">
            <ArchiveStatusField />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="refNo">
            <TextField source="refNo" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="year">
            <TextField source="year" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="departmentId">
            <ReferenceField source="departmentId" reference="departments" link={false} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="taskId">
            {a.taskId ? <ReferenceField source="taskId" reference="tasks" link="show" /> : <TextField source="taskCode" emptyText="—" />}
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="custodian">
            <TextField source="custodian" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="location">
            <TextField source="location" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="retention">
            <SelectField source="retention" choices={RETENTION_CHOICES} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="entrusted">{a.entrusted ? <TextField source="entrustedTo" /> : <BooleanField source="entrusted" looseValue />}</Labeled>
        </Grid>
      </Grid>
    </Box>
  );
};

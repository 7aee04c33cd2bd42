import { Box } from '@mui/material';
import { Labeled, TextField } from 'react-admin';
import { OverdueChip } from '../library/OverdueChip';

/** When the record reached the library, and whether that was late (read-only: the server decides). */
export const EntityRecorded = () => (
  <Box sx={{ display: 'flex', gap: 3, alignItems: 'center', mb: 1 }}>
    <Labeled source="recordedOn">
      <TextField source="recordedOn" />
    </Labeled>
    <OverdueChip />
  </Box>
);

import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';

/** One waiting item on a home card: what it is, a line of detail, and the buttons that settle it. */
export const TodoRow = ({ primary, secondary, actions }: { primary: ReactNode; secondary?: ReactNode; actions?: ReactNode }) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between', py: 0.5 }}>
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" component="div" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, alignItems: 'baseline' }}>
        {primary}
      </Typography>
      {secondary && (
        <Typography variant="body2" color="text.secondary" component="div" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
          {secondary}
        </Typography>
      )}
    </Box>
    {actions && (
      <Stack direction="row" sx={{ flexShrink: 0, flexWrap: 'wrap' }}>
        {actions}
      </Stack>
    )}
  </Stack>
);

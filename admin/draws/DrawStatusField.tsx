import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DrawChips } from './DrawChips';
import type { Draw } from '../records';

/** The chips of a draw and, once voided, why: a void is never silent. */
export const DrawStatusField = () => {
  const draw = useRecordContext<Draw>();
  const translate = useTranslate();
  if (!draw) return null;
  return (
    <Stack spacing={0.5}>
      <DrawChips />
      {draw.status === 'voided' && (
        <Typography variant="caption" color="error">
          {translate('qd.draws.voided_because', { reason: draw.voidReason ?? '' })}
        </Typography>
      )}
    </Stack>
  );
};

import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Draw } from '../records';

/** Kind, 有效/已作废 and 已公开 of a draw, as chips. */
export const DrawChips = () => {
  const draw = useRecordContext<Pick<Draw, 'kind' | 'status' | 'published'>>();
  const translate = useTranslate();
  if (!draw) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      <Chip size="small" variant="outlined" label={translate(`qd.draws.kinds.${draw.kind}`)} />
      <Chip size="small" color={draw.status === 'valid' ? 'success' : 'error'} label={translate(`qd.draws.statuses.${draw.status}`)} />
      {draw.published && <Chip size="small" color="info" label={translate('qd.draws.published')} />}
    </Stack>
  );
};

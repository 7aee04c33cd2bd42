import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Result } from '../records';

const COLORS = { pending: 'default', draft: 'warning', confirmed: 'info', published: 'success' } as const;

/** 草稿 / 已确认 / 已公示, with 逾期 when the result was entered after the task's deadline (§13.2d). */
export const ResultStatusField = () => {
  const r = useRecordContext<Result>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      <Chip size="small" color={COLORS[r.status]} label={translate(`qd.results.statuses.${r.status}`)} />
      {r.late && <Chip size="small" color={r.lateExplanation ? 'default' : 'error'} variant="outlined" label={translate('qd.results.late')} />}
    </Stack>
  );
};

import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useIsStale } from './useIsStale';
import type { PlanAdjustment } from '../records';

const COLORS = { pending: 'info', accepted: 'success', rejected: 'default', withdrawn: 'default' } as const;

/** 待审核 / 已采纳 / 已退回, with the lead office's note under it, or a warning when the plan has moved on. */
export const AdjustmentStatusField = () => {
  const adjustment = useRecordContext<PlanAdjustment>();
  const translate = useTranslate();
  const stale = useIsStale(adjustment);
  if (!adjustment) return null;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Chip size="small" color={COLORS[adjustment.status]} label={translate(`qd.plans.adjustments.status.${adjustment.status}`)} />
      {stale && (
        <Tooltip title={translate('qd.plans.adjustments.stale_hint')}>
          <Chip size="small" color="warning" variant="outlined" label={translate('qd.plans.adjustments.stale')} />
        </Tooltip>
      )}
      {adjustment.decisionReason && (
        <Typography variant="caption" color="text.secondary">
          {adjustment.decisionReason}
        </Typography>
      )}
    </Stack>
  );
};

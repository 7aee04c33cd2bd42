import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatRatio } from './format';
import type { PlanLine } from '../records';

/** A line's quota: its ratio as a percentage, or its count. */
export const QuotaField = () => {
  const line = useRecordContext<PlanLine>();
  const translate = useTranslate();
  if (!line) return null;
  return (
    <Typography component="span" variant="body2">
      {line.ratioBp != null ? formatRatio(line.ratioBp) : line.count != null ? translate('qd.plans.count_n', { n: line.count }) : ''}
    </Typography>
  );
};

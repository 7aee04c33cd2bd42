import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { LateFlag } from './LateFlag';
import type { Plan } from '../records';

/** 草稿 / 已发布, with the 逾期发布 flag beside it. */
export const PlanStatusField = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  if (!plan) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Chip
        size="small"
        color={plan.status === 'published' ? 'success' : 'default'}
        variant={plan.status === 'published' ? 'filled' : 'outlined'}
        label={translate(`qd.plans.status.${plan.status}`)}
      />
      <LateFlag />
    </Stack>
  );
};

import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Plan } from '../records';

/** 第 N 版, or 未发布 for a draft (version 0). */
export const PlanVersionField = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  if (!plan) return null;
  return (
    <Typography component="span" variant="body2">
      {plan.planVersion ? translate('qd.plans.version_n', { n: plan.planVersion }) : translate('qd.plans.not_published')}
    </Typography>
  );
};

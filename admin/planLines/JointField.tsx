import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PlanLine } from '../records';

/** 综合/联合抽查 or 单一条线. */
export const JointField = () => {
  const line = useRecordContext<PlanLine>();
  const translate = useTranslate();
  if (!line) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(line.joint ? 'qd.plans.joint.joint' : 'qd.plans.joint.single')}
    </Typography>
  );
};

import { Box } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { diffPlanLines } from '../../api/domain/plans';
import { LineDiffTable } from '../planVersions/LineDiffTable';
import type { PlanAdjustment, PlanVersion } from '../records';
import { applyProposal } from './applyProposal';

/** What an adjustment changes, line by line, against the version it was proposed on. */
export const AdjustmentChanges = () => {
  const adjustment = useRecordContext<PlanAdjustment>();
  const translate = useTranslate();
  const { data: versions } = useGetList<PlanVersion>(
    'planVersions',
    { filter: { planId: adjustment?.planId, planVersion: adjustment?.basedOnVersion }, pagination: { page: 1, perPage: 1 } },
    { enabled: !!adjustment },
  );
  const base = versions?.[0];
  if (!adjustment || !base) return null;
  return (
    <Box sx={{ py: 1 }}>
      <LineDiffTable diff={diffPlanLines(base.lines, applyProposal(base.lines, adjustment))} empty={translate('qd.plans.versions.no_diff')} />
    </Box>
  );
};

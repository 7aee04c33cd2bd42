import type { LineRequest } from '../planLines/lineRow';
import { useState } from 'react';
import { Alert, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { PlanLinesEditor } from '../planLines/PlanLinesEditor';
import { PlanLinesTable } from '../planLines/PlanLinesTable';
import { CoveragePanel } from './CoveragePanel';
import type { Plan } from '../records';

/** 计划内容: the lines (an editable grid while draft, a table once published) and the §8.3 coverage. */
export const PlanContentTab = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const [request, setRequest] = useState<LineRequest>();
  if (!plan) return null;
  const draft = plan.status === 'draft';
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Alert severity="info" variant="outlined">
        {translate(draft ? 'qd.plans.lines.draft_hint' : 'qd.plans.lines.published_hint')}
      </Alert>
      {draft ? <PlanLinesEditor plan={plan} request={request} /> : <PlanLinesTable />}
      <CoveragePanel plan={plan} onAddLine={draft ? (itemId) => setRequest({ itemId, key: Date.now() }) : undefined} />
    </Stack>
  );
};

import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Form, SelectInput, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { Plan, PlanVersion } from '../records';
import { VersionDiff } from './VersionDiff';

/** 版本比较: pick any two versions (by default the previous and the latest) and read what changed between them. */
export const VersionCompare = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const { data: versions } = useGetList<PlanVersion>(
    'planVersions',
    { filter: { planId: plan?.id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'planVersion', order: 'ASC' } },
    { enabled: !!plan },
  );
  if (!plan || !versions?.length) return null;
  const latest = versions[versions.length - 1].planVersion;
  const choices = versions.map((v) => ({ id: v.planVersion, name: translate('qd.plans.version_n', { n: v.planVersion }) }));
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" component="h2">
          {translate('qd.plans.versions.compare')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('qd.plans.versions.compare_hint')}
        </Typography>
        {/* Keyed by the latest version, so a new version resets the choice to "previous → latest". */}
        <Form key={latest} defaultValues={{ from: Math.max(latest - 1, 1), to: latest }}>
          <Stack direction="row" spacing={2}>
            <SelectInput source="from" label="qd.plans.versions.from" choices={choices} translateChoice={false} helperText={false} />
            <SelectInput source="to" label="qd.plans.versions.to" choices={choices} translateChoice={false} helperText={false} />
          </Stack>
          <VersionDiff planId={plan.id} />
        </Form>
      </CardContent>
    </Card>
  );
};

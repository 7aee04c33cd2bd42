import { Alert, Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { QdDataProvider } from '../providers/dataProvider';
import { LineDiffTable } from './LineDiffTable';

/** The difference between the two versions chosen in the surrounding form. */
export const VersionDiff = ({ planId }: { planId: number }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const [from, to] = useWatch({ name: ['from', 'to'] }) as [number | undefined, number | undefined];
  const ready = !!from && !!to && from !== to;
  const { data } = useQuery({
    queryKey: ['plans', 'diff', planId, from, to],
    queryFn: () => dataProvider.getPlanDiff(planId, from!, to!),
    enabled: ready,
  });
  if (!ready) return <Alert severity="info">{translate('qd.plans.versions.same_version')}</Alert>;
  if (!data) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <LineDiffTable diff={data} empty={translate('qd.plans.versions.no_diff')} />
    </Box>
  );
};

import { Labeled, RecordContextProvider, TextField, useGetList, useRecordContext } from 'react-admin';
import { FieldCell } from '../common/FieldGrid';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Plan } from '../records';

/** 发布时间 and 发布人 of the plan's current version (an adjusted plan: when and by whom the adjustment was published). */
export const CurrentVersionFields = () => {
  const plan = useRecordContext<Plan>();
  const { data } = useGetList(
    'planVersions',
    { filter: { planId: plan?.id, planVersion: plan?.planVersion }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'DESC' } },
    { enabled: !!plan && plan.planVersion > 0 },
  );
  const version = data?.[0] ?? { publishedAt: null, publishedByName: null };
  return (
    <RecordContextProvider value={version}>
      <FieldCell>
        <Labeled source="publishedAt" label="qd.plans.version_published_at">
          <LocaleDateField source="publishedAt" emptyText="—" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="publishedByName" label="qd.plans.version_published_by">
          <TextField source="publishedByName" emptyText="—" />
        </Labeled>
      </FieldCell>
    </RecordContextProvider>
  );
};

import { Stack } from '@mui/material';
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { LateFlag } from '../plans/LateFlag';
import { VersionCompare } from './VersionCompare';
import type { PlanVersion } from '../records';
import { compactHead, nowrapCell } from '../common/tableStyles';

/** 版本记录 (§8.2): every published version, newest first, and the difference between any two of them. */
export const PlanVersionsTab = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={3} sx={{ width: '100%' }}>
      <ReferenceManyField reference="planVersions" target="planId" perPage={100} sort={{ field: 'planVersion', order: 'DESC' }}>
        <DataTable sx={compactHead} bulkActionButtons={false} size="small">
          <DataTable.Col source="planVersion" cellSx={nowrapCell} render={(v: PlanVersion) => translate('qd.plans.version_n', { n: v.planVersion })} />
          <DataTable.Col source="publishedAt" field={LocaleDateField} cellSx={nowrapCell} />
          <DataTable.Col source="publishedByName" />
          <DataTable.Col source="reason" render={(v: PlanVersion) => v.reason ?? translate('qd.plans.versions.first_publication')} />
          <DataTable.Col source="late">
            <LateFlag />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <VersionCompare />
    </Stack>
  );
};

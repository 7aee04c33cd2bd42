import { Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, useTranslate, type TranslateFunction } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { AdjustmentChanges } from './AdjustmentChanges';
import { AdjustmentStatusField } from './AdjustmentStatusField';
import { AdjustmentActions } from './AdjustmentActions';
import { ProposerField } from './ProposerField';
import type { PlanAdjustment } from '../records';
import { compactHead, nowrapCell } from '../common/tableStyles';
import { ExpandToggle, expandByToggle } from '../common/ExpandToggle';

/** 第 2 版 → 第 3 版: the version proposed on, and the one its acceptance published. */
const versionsOf = (a: PlanAdjustment, translate: TranslateFunction) =>
  [a.basedOnVersion, a.resultingVersion]
    .filter((n) => n !== null)
    .map((n) => translate('qd.plans.version_n', { n }))
    .join(' → ');

const NoAdjustments = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate('qd.plans.adjustments.none')}
    </Typography>
  );
};

/** 计划调整 (§8.2): the lines' proposals, newest first, each opening onto its changes; the lead office decides. */
export const PlanAdjustmentsTab = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="planAdjustments"
      target="planId"
      perPage={25}
      sort={{ field: 'id', order: 'DESC' }}
      pagination={<Pagination />}
      empty={<NoAdjustments />}
    >
      <DataTable sx={{ ...compactHead, ...expandByToggle }} bulkActionButtons={false} rowClick={false} expand={<AdjustmentChanges />} size="small">
        <DataTable.Col label="qd.list.details">
          <ExpandToggle />
        </DataTable.Col>
        <DataTable.Col source="id" />
        <DataTable.Col source="createdAt" field={LocaleDateField} cellSx={nowrapCell} />
        <DataTable.Col source="lineId" cellSx={nowrapCell}>
          <ProposerField />
        </DataTable.Col>
        <DataTable.Col source="reason" cellSx={() => ({ minWidth: '13.75rem' })} />
        <DataTable.Col
          source="basedOnVersion"
          label="resources.planAdjustments.fields.versions"
          cellSx={nowrapCell}
          render={(a: PlanAdjustment) => versionsOf(a, translate)}
        />
        <DataTable.Col source="status">
          <AdjustmentStatusField />
        </DataTable.Col>
        <DataTable.Col>
          <AdjustmentActions />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};

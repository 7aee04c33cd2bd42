import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, Stack } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Button, Confirm, useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useRecordAccess } from '../common/useRecordAccess';
import type { Plan, PlanLine } from '../records';
import type { LineRequest } from './lineRow';
import { describeLineError } from './lineErrors';
import { lineFields, newLineRow, type LineRow } from './lineRow';
import { PlanLinesGrid } from './PlanLinesGrid';
import { usePlanLineOptions, type PlanItem } from './usePlanLineOptions';

/**
 * A draft plan's lines, edited in place: each saved row is a create or an update of `planLines` (with its version,
 * so a stale row is refused), each deletion asks first. Implementing offices see every line but edit only their
 * own line's; the lead office edits all (the API's rules, through canAccess with each record).
 */
export const PlanLinesEditor = ({ plan, request }: { plan: Plan; request?: LineRequest }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useRecordAccess();
  const { items, departments } = usePlanLineOptions(plan.unitId);
  const { data: saved = [] } = useGetList<PlanLine>('planLines', {
    filter: { planId: plan.id },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'id', order: 'ASC' },
  });
  const [added, setAdded] = useState<LineRow[]>([]);
  const [toDelete, setToDelete] = useState<LineRow>();
  const rows = useMemo(() => [...saved, ...added] as LineRow[], [saved, added]);

  const canUseItem = useCallback((item: PlanItem) => can('create', 'planLines', { unitId: plan.unitId, lineId: item.lineId }), [can, plan.unitId]);
  const canEditRow = useCallback((row: LineRow) => !!row.isNew || can('edit', 'planLines', row), [can]);
  const canDeleteRow = useCallback((row: LineRow) => !row.isNew && can('delete', 'planLines', row), [can]);
  const mayAdd = items.some((i) => i.status === 'active' && canUseItem(i));

  const add = useCallback((item?: PlanItem) => setAdded((rs) => [...rs, newLineRow(plan.year, item, departments)]), [plan.year, departments]);
  // The coverage panel's shortcut: each request adds one row, for its item.
  const handled = useRef<number>(undefined);
  useEffect(() => {
    if (!request || handled.current === request.key) return;
    handled.current = request.key;
    add(items.find((i) => i.id === request.itemId));
  }, [request, items, add]);

  const onSave = useCallback(
    async (row: LineRow) => {
      if (row.isNew) {
        await dataProvider.create('planLines', { data: { planId: plan.id, ...lineFields(row) } });
        setAdded((rs) => rs.filter((r) => r.id !== row.id));
      } else {
        const previous = saved.find((l) => l.id === row.id)!;
        await dataProvider.update('planLines', { id: row.id, data: { ...lineFields(row), version: previous.version }, previousData: previous });
      }
      notify('qd.plans.lines.saved', { type: 'success' });
      refresh();
      return row;
    },
    [dataProvider, plan.id, saved, notify, refresh],
  );
  const onCancelNew = useCallback((row: LineRow) => setAdded((rs) => rs.filter((r) => r.id !== row.id)), []);

  const confirmDelete = async () => {
    if (!toDelete) return;
    const line = toDelete as PlanLine;
    try {
      await dataProvider.delete<PlanLine>('planLines', { id: line.id, previousData: line });
      notify('qd.plans.lines.deleted', { type: 'info' });
      refresh();
    } catch (error) {
      notify(describeLineError(error, translate), { type: 'error' });
    }
    setToDelete(undefined);
  };

  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      {mayAdd && (
        <Box>
          <Button label="qd.plans.lines.add" onClick={() => add()} variant="outlined">
            <AddIcon />
          </Button>
        </Box>
      )}
      <PlanLinesGrid
        rows={rows}
        items={items}
        departments={departments}
        canEditRow={canEditRow}
        canDeleteRow={canDeleteRow}
        canUseItem={canUseItem}
        onSave={onSave}
        onDelete={setToDelete}
        onCancelNew={onCancelNew}
      />
      <Confirm
        isOpen={!!toDelete}
        title="ra.message.delete_title"
        translateOptions={{
          name: translate('resources.planLines.name', { smart_count: 1 }),
          recordRepresentation: toDelete ? (items.find((i) => i.id === toDelete.itemId)?.name ?? '') : '',
        }}
        content="ra.message.delete_content"
        onConfirm={confirmDelete}
        onClose={() => setToDelete(undefined)}
      />
    </Stack>
  );
};

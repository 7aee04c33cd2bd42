import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import SendIcon from '@mui/icons-material/Send';
import {
  Button,
  Form,
  HttpError,
  SaveButton,
  TextInput,
  minLength,
  required,
  useDataProvider,
  useGetList,
  useNotify,
  useRedirect,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { diffFields } from '../../api/domain/diff';
import { PLAN_LINE_FIELDS } from '../../api/domain/plans';
import { useRecordAccess } from '../common/useRecordAccess';
import type { Plan, PlanAdjustment, PlanLine } from '../records';
import { describeLineError } from '../planLines/lineErrors';
import { lineFields, newLineRow, type LineRow } from '../planLines/lineRow';
import { PlanLinesGrid } from '../planLines/PlanLinesGrid';
import { usePlanLineOptions, type PlanItem } from '../planLines/usePlanLineOptions';
import type { QdDataProvider } from '../providers/dataProvider';

const REASON = [required(), minLength(2)];

/**
 * propose: an implementing office proposes changes to its own line's lines (§8.2);
 * adjust: the lead office adjusts any line itself, published at once;
 * amend: the lead office changes a line's proposal and accepts it as amended.
 */
export type AdjustmentMode = 'propose' | 'adjust' | 'amend';

/** The rows an amendment starts from: the current lines with the proposal's changes marked on them. */
function proposalRows(lines: LineRow[], adjustment: PlanAdjustment): LineRow[] {
  const changed = new Map(adjustment.upserts.filter((u) => u.id !== undefined).map((u) => [u.id!, u]));
  const rows: LineRow[] = lines.map((l) => {
    if (adjustment.removals.includes(l.id as number)) return { ...l, change: 'removed' };
    const upsert = changed.get(l.id as number);
    return upsert ? { ...l, ...upsert, change: 'changed' } : l;
  });
  const added = adjustment.upserts.filter((u) => u.id === undefined).map((u, i): LineRow => ({ ...u, id: `proposed-${i + 1}`, change: 'new' }));
  return [...rows, ...added];
}

/**
 * The proposal form: the user's own line's lines in a grid where changing, removing (and undoing it) or adding a
 * line only marks it; nothing is stored until the proposal is submitted with its reason as one adjustment.
 */
export const ProposeAdjustmentDialog = ({
  plan,
  onClose,
  mode = 'propose',
  adjustment,
}: {
  plan: Plan;
  onClose: () => void;
  mode?: AdjustmentMode;
  adjustment?: PlanAdjustment;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const can = useRecordAccess();
  const { items, departments } = usePlanLineOptions(plan.unitId);
  const { data: lines } = useGetList<PlanLine>('planLines', {
    filter: { planId: plan.id },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'id', order: 'ASC' },
  });
  const byLeadOffice = mode !== 'propose';
  const mayAdjust = useCallback(
    (lineId?: number) => lineId != null && (byLeadOffice || can('create', 'planAdjustments', { unitId: plan.unitId, lineId })),
    [can, plan.unitId, byLeadOffice],
  );
  const originals = useMemo(() => new Map((lines ?? []).filter((l) => mayAdjust(l.lineId)).map((l) => [l.id as LineRow['id'], l])), [lines, mayAdjust]);
  const [rows, setRows] = useState<LineRow[]>();
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (lines && !rows) setRows(adjustment ? proposalRows([...originals.values()], adjustment) : [...originals.values()]);
  }, [lines, rows, originals, adjustment]);

  const replace = (row: LineRow) => setRows((rs) => rs?.map((r) => (r.id === row.id ? row : r)));
  const drop = (row: LineRow) => setRows((rs) => rs?.filter((r) => r.id !== row.id));

  const onSave = async (row: LineRow) => {
    const original = originals.get(row.id);
    const fields = lineFields(row);
    const changed = !original || diffFields(original as unknown as Record<string, unknown>, { ...fields }, PLAN_LINE_FIELDS).length > 0;
    const next: LineRow = {
      ...row,
      ...fields,
      isNew: false,
      lineId: items.find((i) => i.id === fields.itemId)?.lineId,
      change: original ? (changed ? 'changed' : undefined) : 'new',
    };
    replace(next);
    return next;
  };
  const onDelete = (row: LineRow) => {
    const original = originals.get(row.id);
    if (original) replace({ ...original, change: 'removed' });
    else drop(row);
  };
  const onRestore = (row: LineRow) => {
    const original = originals.get(row.id);
    if (original) replace(original);
  };

  const submit = async (values: { reason?: string }) => {
    if (editing) {
      notify('qd.plans.adjustments.finish_editing', { type: 'warning' });
      return;
    }
    const upserts = (rows ?? [])
      .filter((r) => r.change === 'new' || r.change === 'changed')
      .map((r) => ({ ...(r.change === 'changed' ? { id: r.id as number } : {}), ...lineFields(r) }));
    const removals = (rows ?? []).filter((r) => r.change === 'removed').map((r) => r.id as number);
    if (!upserts.length && !removals.length) {
      notify('qd.plans.adjustments.nothing_changed', { type: 'warning' });
      return;
    }
    const changes = { reason: values.reason?.trim() ?? '', upserts, removals };
    try {
      if (mode === 'amend' && adjustment) await dataProvider.acceptAmendedAdjustment(adjustment.id, changes);
      else await dataProvider.proposePlanAdjustment(plan.id, changes);
    } catch (error) {
      const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;
      if (errors?.reason) return { reason: errors.reason };
      notify(describeLineError(error, translate), { type: 'error' });
      return;
    }
    notify(`qd.plans.adjustments.${mode}_done`, { type: 'success' });
    onClose();
    refresh();
    // An amendment is decided where the lead office found it (its home page, the list); a new one is shown on its plan.
    if (mode !== 'amend') redirect(`/plans/${plan.id}/show/adjustments`);
  };

  const canUseItem = useCallback((item: PlanItem) => mayAdjust(item.lineId), [mayAdjust]);
  const canEditRow = useCallback((row: LineRow) => !!row.isNew || row.change === 'new' || mayAdjust(row.lineId), [mayAdjust]);
  const canDeleteRow = useCallback((row: LineRow) => !row.isNew && (row.change === 'new' || mayAdjust(row.lineId)), [mayAdjust]);

  return (
    <Dialog open onClose={onClose} maxWidth="xl" fullWidth>
      <Form record={{}} onSubmit={submit}>
        <DialogTitle>{translate(`qd.plans.adjustments.${mode}_title`)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{translate(`qd.plans.adjustments.${mode}_intro`, { reason: adjustment?.reason ?? '' })}</DialogContentText>
            <Box>
              <Button
                label="qd.plans.lines.add"
                variant="outlined"
                onClick={() => setRows((rs) => [...(rs ?? []), newLineRow(plan.year, undefined, departments)])}
              >
                <AddIcon />
              </Button>
            </Box>
            <PlanLinesGrid
              rows={rows ?? []}
              items={items}
              departments={departments}
              canEditRow={canEditRow}
              canDeleteRow={canDeleteRow}
              canUseItem={canUseItem}
              onSave={onSave}
              onDelete={onDelete}
              onCancelNew={drop}
              onRestore={onRestore}
              onEditingChange={setEditing}
            />
            <TextInput
              source="reason"
              label={mode === 'amend' ? 'qd.plans.adjustments.amend_reason' : 'qd.plans.adjustments.reason'}
              validate={REASON}
              multiline
              minRows={2}
              fullWidth
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={`qd.plans.adjustments.${mode}_submit`} icon={<SendIcon />} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

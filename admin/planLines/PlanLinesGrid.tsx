import { useEffect, useMemo, useState } from 'react';
import { alpha, Box, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import SaveIcon from '@mui/icons-material/Save';
import CancelIcon from '@mui/icons-material/Close';
import UndoIcon from '@mui/icons-material/Undo';
import {
  DataGrid,
  GridActionsCell,
  GridActionsCellItem,
  GridEditSingleSelectCell,
  GridRowEditStopReasons,
  GridRowModes,
  type GridColDef,
  type GridRenderCellParams,
  type GridRowModesModel,
} from '@mui/x-data-grid';
import { useNotify, useTranslate } from 'react-admin';
import type { Department } from '../records';
import { FREQUENCIES, INSPECTION_METHODS } from '../plans/choices';
import { formatRatio, fromIsoDate, toBasisPoints, toCount, toIsoDate } from './format';
import { describeLineError } from './lineErrors';
import { lineProblem, officeFor, type LineRow } from './lineRow';
import { useGridLocaleText } from './useGridLocaleText';
import { scaleColumns, useRemScale } from '../common/useRemScale';
import type { PlanItem } from './usePlanLineOptions';

export interface PlanLinesGridProps {
  rows: LineRow[];
  items: PlanItem[];
  departments: Department[];
  /** Whether the user may edit / delete this row, and plan this item (canAccess with the record). */
  canEditRow(row: LineRow): boolean;
  canDeleteRow(row: LineRow): boolean;
  canUseItem(item: PlanItem): boolean;
  /** Stores an edited or new row; throwing keeps the row open with the error shown. */
  onSave(row: LineRow): Promise<LineRow>;
  onDelete(row: LineRow): void;
  onCancelNew(row: LineRow): void;
  /** In a proposal: takes back a removal. */
  onRestore?(row: LineRow): void;
  onEditingChange?(editing: boolean): void;
}

const dateColumn = (field: 'windowStart' | 'windowEnd'): Partial<GridColDef<LineRow>> => ({
  field,
  type: 'date',
  width: 130,
  valueGetter: (value: string | null) => (value ? fromIsoDate(value) : null),
  valueSetter: (value: Date | null, row: LineRow) => ({ ...row, [field]: value ? toIsoDate(value) : undefined }),
  valueFormatter: (value: Date | null) => (value ? toIsoDate(value) : ''),
});

/**
 * Plan lines as an editable grid (row editing): ✎ opens a row, 💾 saves it through `onSave`, ✕ cancels.
 * Only rows the user may edit open; picking an item fills in its line's implementing office and first method.
 */
export const PlanLinesGrid = ({
  rows,
  items,
  departments,
  canEditRow,
  canDeleteRow,
  canUseItem,
  onSave,
  onDelete,
  onCancelNew,
  onRestore,
  onEditingChange,
}: PlanLinesGridProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const localeText = useGridLocaleText();
  const [modes, setModes] = useState<GridRowModesModel>({});
  const itemsById = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  // A new row opens for editing at once, on its item.
  useEffect(() => {
    const fresh = rows.filter((r) => r.isNew && !modes[r.id]);
    if (fresh.length) setModes((m) => ({ ...m, ...Object.fromEntries(fresh.map((r) => [r.id, { mode: GridRowModes.Edit, fieldToFocus: 'itemId' }])) }));
  }, [rows, modes]);

  const editing = rows.some((r) => modes[r.id]?.mode === GridRowModes.Edit);
  useEffect(() => onEditingChange?.(editing), [editing, onEditingChange]);

  const columns = useMemo((): GridColDef<LineRow>[] => {
    const label = (field: string) => translate(`resources.planLines.fields.${field}`);
    const setMode = (row: LineRow, mode: GridRowModesModel[string]) => setModes((m) => ({ ...m, [row.id]: mode }));
    const actions = (params: GridRenderCellParams<LineRow>) => {
      const row = params.row;
      const open = modes[row.id]?.mode === GridRowModes.Edit;
      const buttons = open
        ? [
            <GridActionsCellItem
              key="save"
              icon={<SaveIcon />}
              label={translate('qd.plans.lines.save')}
              onClick={() => setMode(row, { mode: GridRowModes.View })}
            />,
            <GridActionsCellItem
              key="cancel"
              icon={<CancelIcon />}
              label={translate('qd.plans.lines.cancel')}
              onClick={() => {
                setMode(row, { mode: GridRowModes.View, ignoreModifications: true });
                if (row.isNew) onCancelNew(row);
              }}
            />,
          ]
        : row.change === 'removed'
          ? onRestore
            ? [<GridActionsCellItem key="restore" icon={<UndoIcon />} label={translate('qd.plans.lines.restore')} onClick={() => onRestore(row)} />]
            : []
          : [
              ...(canEditRow(row)
                ? [
                    <GridActionsCellItem
                      key="edit"
                      icon={<EditIcon />}
                      label={translate('qd.plans.lines.edit')}
                      onClick={() => setMode(row, { mode: GridRowModes.Edit, fieldToFocus: 'itemId' })}
                    />,
                  ]
                : []),
              ...(canDeleteRow(row)
                ? [<GridActionsCellItem key="delete" icon={<DeleteIcon />} label={translate('qd.plans.lines.delete')} onClick={() => onDelete(row)} />]
                : []),
            ];
      return <GridActionsCell {...params}>{buttons}</GridActionsCell>;
    };
    return [
      { field: 'actions', type: 'actions', headerName: '', width: 88, renderCell: actions },
      {
        field: 'itemId',
        headerName: label('itemId'),
        type: 'singleSelect',
        flex: 2,
        minWidth: 200,
        editable: true,
        valueOptions: ({ row }) =>
          items.filter((i) => (i.status === 'active' && canUseItem(i)) || i.id === row?.itemId).map((i) => ({ value: i.id, label: i.name })),
        renderCell: ({ row }) => <Typography variant="body2">{row.itemId ? (itemsById.get(row.itemId)?.name ?? `#${row.itemId}`) : ''}</Typography>,
        renderEditCell: (params) => (
          <GridEditSingleSelectCell
            {...params}
            onValueChange={async (_event, itemId) => {
              const item = itemsById.get(Number(itemId));
              const office = officeFor(item, departments);
              if (office) await params.api.setEditCellValue({ id: params.id, field: 'departmentId', value: office.id });
              if (item?.methods.length) await params.api.setEditCellValue({ id: params.id, field: 'method', value: item.methods[0] });
            }}
          />
        ),
      },
      {
        field: 'departmentId',
        headerName: label('departmentId'),
        type: 'singleSelect',
        width: 130,
        editable: true,
        valueOptions: departments.map((d) => ({ value: d.id, label: d.name })),
      },
      {
        field: 'ratio',
        headerName: label('ratio'),
        type: 'number',
        width: 92,
        editable: true,
        valueGetter: (_value, row) => (row.ratioBp == null ? null : row.ratioBp / 100),
        valueSetter: (value, row) => ({ ...row, ratioBp: toBasisPoints(value) }),
        valueFormatter: (_value, row) => (row.ratioBp == null ? '' : formatRatio(row.ratioBp)),
      },
      {
        field: 'count',
        headerName: label('count'),
        type: 'number',
        width: 80,
        editable: true,
        valueSetter: (value, row) => ({ ...row, count: toCount(value) }),
      },
      {
        field: 'frequency',
        headerName: label('frequency'),
        type: 'singleSelect',
        width: 96,
        editable: true,
        valueOptions: FREQUENCIES.map((f) => ({ value: f, label: translate(`qd.plans.frequencies.${f}`) })),
      },
      { ...dateColumn('windowStart'), headerName: label('windowStart'), editable: true } as GridColDef<LineRow>,
      { ...dateColumn('windowEnd'), headerName: label('windowEnd'), editable: true } as GridColDef<LineRow>,
      {
        field: 'method',
        headerName: label('method'),
        type: 'singleSelect',
        width: 104,
        editable: true,
        valueOptions: INSPECTION_METHODS.map((m) => ({ value: m, label: translate(`qd.plans.methods.${m}`) })),
      },
      {
        field: 'joint',
        headerName: label('joint'),
        type: 'singleSelect',
        width: 104,
        editable: true,
        valueOptions: [
          { value: false, label: translate('qd.plans.joint.single') },
          { value: true, label: translate('qd.plans.joint.joint') },
        ],
      },
      // The note takes what room is left, so the grid fits its page and the adjustment dialog without scrolling sideways.
      { field: 'note', headerName: label('note'), flex: 1, minWidth: 110, editable: true },
    ];
  }, [translate, modes, items, itemsById, departments, canEditRow, canDeleteRow, canUseItem, onCancelNew, onDelete, onRestore]);
  // Pixel widths and header height, grown with large text (适老化) as the text in them grows.
  const scale = useRemScale();
  const scaled = useMemo(() => scaleColumns(columns, scale), [columns, scale]);

  // A grid track of minmax(0, 1fr): the grid scrolls sideways inside the page instead of widening it.
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <DataGrid
        rows={rows}
        columns={scaled}
        columnHeaderHeight={Math.round(56 * scale)}
        editMode="row"
        rowModesModel={modes}
        onRowModesModelChange={setModes}
        onRowEditStop={(params, event) => {
          // Clicking elsewhere does not save a half-edited row: its save button does.
          if (params.reason === GridRowEditStopReasons.rowFocusOut) event.defaultMuiPrevented = true;
        }}
        isCellEditable={({ row }) => row.change !== 'removed' && canEditRow(row)}
        processRowUpdate={async (row) => {
          const problem = lineProblem(row);
          if (problem) throw new Error(problem);
          return onSave(row);
        }}
        onProcessRowUpdateError={(error) => notify(describeLineError(error, translate), { type: 'error' })}
        getRowClassName={({ row }) => (row.change ? `line-${row.change}` : '')}
        getRowHeight={() => 'auto'}
        localeText={{ ...localeText, noRowsLabel: translate('qd.plans.lines.empty') }}
        initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
        pageSizeOptions={[100]}
        hideFooter={rows.length <= 100}
        disableRowSelectionOnClick
        autoHeight
        density="compact"
        sx={{
          '& .MuiDataGrid-cell': { py: 0.75, display: 'flex', alignItems: 'center', whiteSpace: 'normal', lineHeight: 1.4 },
          '& .line-new': { bgcolor: (theme) => alpha(theme.palette.success.main, 0.1) },
          '& .line-changed': { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.12) },
          '& .line-removed': { color: 'text.disabled', textDecoration: 'line-through' },
        }}
      />
    </Box>
  );
};

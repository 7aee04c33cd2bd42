import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Box } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import SaveIcon from '@mui/icons-material/Save';
import CloseIcon from '@mui/icons-material/Close';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  DataGrid,
  GridActionsCellItem,
  GridRowEditStopReasons,
  GridRowModes,
  type GridColDef,
  type GridColumnVisibilityModel,
  type GridRowId,
  type GridRowModesModel,
  type GridRowSelectionModel,
  type GridSortModel,
  type GridEventListener,
} from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';
import { totalIsLowerBound } from '../providers/dataProvider';
import { BulkActionsToolbar, useListContext, useLocaleState, useRedirect, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { useRecordAccess } from '../common/useRecordAccess';
import { useSaveRow } from './useSaveRow';
import { useRemScale, scaleColumns } from '../common/useRemScale';

const PAGE_SIZES = [10, 25, 50, 100];

interface LibraryGridProps {
  columns: GridColDef[];
  /** Columns hidden until the user shows them (column menu); may change once the rules have loaded. */
  hidden?: string[];
  bulkActions?: ReactNode;
  /** Client-side checks of an edited row: field → translation key of the problem. */
  validate?: (row: never) => Record<string, string> | undefined;
}

/**
 * An editable grid (MUI X DataGrid, row editing) inside react-admin's <List>: the list controller drives the query
 * (filters, search, page, sort) and the selection; the grid shows the page and edits rows the user may change.
 */
export const LibraryGrid = ({ columns, hidden = [], bulkActions, validate }: LibraryGridProps) => {
  const { data, total, meta, page, perPage, setPage, setPerPage, sort, setSort, isPending, selectedIds, onSelect, resource } = useListContext();
  const translate = useTranslate();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const can = useRecordAccess();
  const [rowModes, setRowModes] = useState<GridRowModesModel>({});
  const [visibility, setVisibility] = useState<GridColumnVisibilityModel>({});
  const rows = useMemo(() => data ?? [], [data]);
  // Column widths and the header's height are pixels to MUI X: they grow with large text (适老化) as the text does.
  const scale = useRemScale();

  const setMode = (id: GridRowId, mode: GridRowModesModel[GridRowId]) => setRowModes((m) => ({ ...m, [id]: mode }));
  const discard = useCallback((id: GridRowId) => setRowModes((m) => ({ ...m, [id]: { mode: GridRowModes.View, ignoreModifications: true } })), []);
  // Someone else saved the record first: drop this edit (after the grid has put the row back in edit mode) and reload.
  const onStale = useCallback(
    (id: GridRowId) => {
      setTimeout(() => {
        discard(id);
        refresh();
      });
    },
    [discard, refresh],
  );
  const saveRow = useSaveRow(resource, onStale, validate);

  const editable = useCallback((row: RaRecord) => can('edit', resource, row), [can, resource]);

  const actions: GridColDef = {
    field: 'actions',
    type: 'actions',
    headerName: translate('qd.library.grid.actions'),
    width: 88,
    getActions: ({ id, row }) => {
      if (rowModes[id]?.mode === GridRowModes.Edit) {
        return [
          <GridActionsCellItem
            key="save"
            icon={<SaveIcon />}
            label={translate('qd.library.grid.save')}
            onClick={() => setMode(id, { mode: GridRowModes.View })}
            color="primary"
          />,
          <GridActionsCellItem key="cancel" icon={<CloseIcon />} label={translate('qd.library.grid.cancel')} onClick={() => discard(id)} />,
        ];
      }
      if (!editable(row)) {
        return [
          <GridActionsCellItem key="show" icon={<VisibilityIcon />} label={translate('qd.library.grid.show')} onClick={() => redirect('show', resource, id)} />,
        ];
      }
      return [
        <GridActionsCellItem
          key="edit"
          icon={<EditIcon />}
          label={translate('qd.library.grid.edit')}
          onClick={() => setMode(id, { mode: GridRowModes.Edit })}
        />,
        <GridActionsCellItem
          key="form"
          icon={<OpenInNewIcon />}
          label={translate('qd.library.grid.open_form')}
          onClick={() => redirect('edit', resource, id)}
        />,
      ];
    },
  };

  // The grid clamps its page to the row count it is given: while a page (or a deep link's first page) loads, the
  // count must be the last one known, never 0, or the grid jumps back to page 1 and asks for it.
  const knownTotal = useRef<number | undefined>(undefined);
  if (total != null) knownTotal.current = total;
  const rowCount = knownTotal.current ?? page * perPage;
  // Over the API's count limit the total is a lower bound: the footer says "共 10,000+".
  const bounded = totalIsLowerBound(meta);
  const localeText = useMemo(() => {
    const base = locale === 'zh' ? zhCN.components.MuiDataGrid.defaultProps.localeText : undefined;
    if (!bounded) return base;
    type Rows = { from: number; to: number; count: number; estimated: number | undefined };
    const shown = base?.paginationDisplayedRows ?? (({ from, to, count }: Rows) => `${from}–${to} of ${count.toLocaleString()}`);
    return { ...base, paginationDisplayedRows: (args: Rows) => `${shown(args)}+` };
  }, [locale, bounded]);
  const paginationModel = useMemo(() => ({ page: page - 1, pageSize: perPage }), [page, perPage]);
  const changePage = (m: { page: number; pageSize: number }) => {
    if (m.pageSize !== perPage) setPerPage(m.pageSize);
    else if (m.page + 1 !== page) setPage(m.page + 1);
  };
  const sortModel: GridSortModel = useMemo(
    () => (sort?.field ? [{ field: sort.field, sort: sort.order === 'DESC' ? 'desc' : 'asc' }] : []),
    [sort?.field, sort?.order],
  );
  // react-admin goes back to page 1 on every setSort: call it for a real change of sort only.
  const changeSort = ([first]: GridSortModel) => {
    if (!first) return;
    const order = first.sort === 'desc' ? 'DESC' : 'ASC';
    if (first.field !== sort?.field || order !== sort?.order) setSort({ field: first.field, order });
  };
  const selection: GridRowSelectionModel = useMemo(() => ({ type: 'include', ids: new Set(selectedIds) }), [selectedIds]);
  const select = (model: GridRowSelectionModel) =>
    onSelect(model.type === 'include' ? [...model.ids] : rows.filter((r) => !model.ids.has(r.id)).map((r) => r.id));
  // Leaving the row does not save it: only Enter or the save button do (Esc or the cancel button discard).
  const keepEditingOnFocusOut: GridEventListener<'rowEditStop'> = (params, event) => {
    if (params.reason === GridRowEditStopReasons.rowFocusOut) event.defaultMuiPrevented = true;
  };

  return (
    // inline-size containment: the grid takes the page's width and scrolls inside it, instead of widening the layout.
    <Box sx={{ position: 'relative', width: '100%', contain: 'inline-size' }}>
      {bulkActions && <BulkActionsToolbar selectAllButton={false}>{bulkActions}</BulkActionsToolbar>}
      <DataGrid
        rows={rows}
        columns={scaleColumns([...columns, actions], scale)}
        columnHeaderHeight={Math.round(56 * scale)}
        loading={isPending}
        autoHeight
        density="compact"
        localeText={localeText}
        columnVisibilityModel={{ ...Object.fromEntries(hidden.map((f) => [f, false])), ...visibility }}
        onColumnVisibilityModelChange={setVisibility}
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        disableColumnFilter
        rowCount={rowCount}
        pageSizeOptions={PAGE_SIZES}
        // 2,000 entities are 80 pages: the first and the last page are one click away.
        slotProps={{ basePagination: { material: { showFirstButton: true, showLastButton: true } } }}
        paginationModel={paginationModel}
        onPaginationModelChange={changePage}
        sortingOrder={['asc', 'desc']}
        sortModel={sortModel}
        onSortModelChange={changeSort}
        checkboxSelection={!!bulkActions}
        keepNonExistentRowsSelected
        disableRowSelectionOnClick
        hideFooterSelectedRowCount
        rowSelectionModel={selection}
        onRowSelectionModelChange={select}
        editMode="row"
        rowModesModel={rowModes}
        onRowModesModelChange={setRowModes}
        onRowEditStop={keepEditingOnFocusOut}
        isCellEditable={(params) => editable(params.row)}
        processRowUpdate={saveRow}
        // useSaveRow has already told the user why; the grid keeps the row in edit mode.
        onProcessRowUpdateError={() => undefined}
        sx={{
          border: 0,
          '& .MuiDataGrid-cell--editing': { bgcolor: 'action.hover' },
          // Editors keep to the row's line: selects and date inputs fill their cell instead of dropping below it.
          '& .MuiDataGrid-row--editing .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
          '& .MuiDataGrid-cell--editing .MuiInputBase-root': { height: '100%', width: '100%', fontSize: 'inherit' },
          '& .MuiDataGrid-cell--editing .MuiSelect-select': { py: 0, display: 'flex', alignItems: 'center' },
        }}
      />
    </Box>
  );
};

import { useMemo } from 'react';
import type { GridColDef } from '@mui/x-data-grid';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { DISTRICT_CHOICES, ENTITY_STATUS_CHOICES, ENTITY_TYPE_CHOICES } from '../common/libraryChoices';
import { useRecordAccess } from '../common/useRecordAccess';
import { LibraryGrid } from '../library/LibraryGrid';
import { LibraryBulkStatusButton } from '../library/LibraryBulkStatusButton';
import { OverdueChip } from '../library/OverdueChip';
import { UsccCell } from '../library/UsccCell';
import { UsccEditCell } from '../library/UsccEditCell';
import { usccProblem } from '../library/usccValidation';
import { changedOnProblem } from '../library/changedOnValidation';
import { dateColumn, selectColumn } from '../library/gridColumns';
import { NameCell } from '../library/NameCell';
import { useSameNames } from '../library/useSameNames';
import type { Entity } from '../records';

/** Checked before the row is sent, as the form does: a code that is not a valid USCC never leaves the browser. */
const validateEntityRow = (row: Entity) => {
  const problems = { uscc: usccProblem(row.uscc ?? ''), changedOn: changedOnProblem(row.changedOn) };
  return problems.uscc || problems.changedOn ? (Object.fromEntries(Object.entries(problems).filter(([, v]) => v)) as Record<string, string>) : undefined;
};

/** The entity library's columns: code, name, type, district, status and change date edit in the row; lines in the form. */
export const EntityGrid = () => {
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'entities' });
  const can = useRecordAccess();
  // No unit has id 0: only a rule without a unit condition (the city's staff) reads it, so others see one district.
  const oneDistrict = !can('list', 'entities', { unitId: 0 });
  const sameNames = useSameNames('entities', 'district');
  const { data: lines = [] } = useGetList('lines', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  const columns = useMemo(() => {
    const header = (field: string) => ({ field, headerName: translate(`resources.entities.fields.${field}`) });
    const cols: GridColDef<Entity>[] = [
      {
        ...header('uscc'),
        width: 184,
        editable: true,
        renderCell: ({ row }) => <UsccCell uscc={row.uscc} type={row.type} />,
        renderEditCell: (params) => <UsccEditCell {...params} />,
        valueParser: (value: string) => value.toUpperCase(),
      },
      {
        ...header('name'),
        flex: 1,
        minWidth: 160,
        editable: true,
        renderCell: ({ row }) => <NameCell name={row.name} namesakes={sameNames.get(`${row.district}|${row.name}`)} hintKey="qd.library.same_name_entity" />,
      },
      selectColumn('type', ENTITY_TYPE_CHOICES, translate, { ...header('type'), width: 190, editable: true }),
      selectColumn('district', DISTRICT_CHOICES, translate, { ...header('district'), width: 112, editable: true }),
      { ...header('address'), width: 200, editable: true },
      { ...header('legalRep'), width: 100, editable: true },
      {
        ...header('lineIds'),
        width: 150,
        sortable: false,
        valueGetter: (ids: number[]) => ids.map((id) => lines.find((l) => l.id === id)?.name ?? id).join(translate('qd.library.separator')),
      },
      selectColumn('status', ENTITY_STATUS_CHOICES, translate, { ...header('status'), width: 88, editable: true }),
      dateColumn('changedOn', { ...header('changedOn'), width: 128, editable: true }),
      dateColumn('recordedOn', header('recordedOn')),
      { ...header('overdue'), width: 88, renderCell: ({ row }) => <OverdueChip record={row} short /> },
    ];
    return cols as GridColDef[];
  }, [translate, lines, sameNames]);
  return (
    <LibraryGrid
      columns={columns}
      validate={validateEntityRow}
      hidden={['address', 'legalRep', 'lineIds', 'recordedOn', ...(oneDistrict ? ['district'] : [])]}
      bulkActions={canEdit ? <LibraryBulkStatusButton choices={ENTITY_STATUS_CHOICES} /> : undefined}
    />
  );
};

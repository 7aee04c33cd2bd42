import { useMemo } from 'react';
import type { GridColDef } from '@mui/x-data-grid';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { INSPECTOR_CATEGORY_CHOICES, INSPECTOR_STATUS_CHOICES } from '../common/libraryChoices';
import { useRecordAccess } from '../common/useRecordAccess';
import { LibraryGrid } from '../library/LibraryGrid';
import { LibraryBulkStatusButton } from '../library/LibraryBulkStatusButton';
import { OverdueChip } from '../library/OverdueChip';
import { dateColumn, selectColumn } from '../library/gridColumns';
import type { Inspector } from '../records';
import { changedOnProblem } from '../library/changedOnValidation';
import { NameCell } from '../library/NameCell';
import { useSameNames } from '../library/useSameNames';

const ALL = { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } } as const;

/**
 * The inspector library's columns: name, department (of the row's unit), category, certificate, status and change
 * date edit in the row. The linked account shows only to those who may read users (administrators).
 */
/** Checked before the row is sent, as the form does. */
const validateInspectorRow = (row: { changedOn?: string }) => {
  const changedOn = changedOnProblem(row.changedOn);
  return changedOn ? { changedOn } : undefined;
};

export const InspectorGrid = () => {
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'inspectors' });
  const { canAccess: canReadUsers } = useCanAccess({ action: 'list', resource: 'users' });
  const can = useRecordAccess();
  // No unit has id 0: only a rule without a unit condition reads it, so everyone else sees one unit's staff.
  const oneUnit = !can('list', 'inspectors', { unitId: 0 });
  const sameNames = useSameNames('inspectors', 'unitId');
  const { data: units = [] } = useGetList('units', ALL);
  const { data: departments = [] } = useGetList('departments', ALL);
  const columns = useMemo(() => {
    const header = (field: string) => ({ field, headerName: translate(`resources.inspectors.fields.${field}`) });
    const cols: GridColDef<Inspector>[] = [
      {
        ...header('name'),
        width: 132,
        editable: true,
        renderCell: ({ row }) => <NameCell name={row.name} namesakes={sameNames.get(`${row.unitId}|${row.name}`)} hintKey="qd.library.same_name_inspector" />,
      },
      { ...header('unitId'), flex: 1, minWidth: 200, valueGetter: (id: number) => units.find((u) => u.id === id)?.name ?? id },
      {
        ...header('departmentId'),
        flex: 1,
        minWidth: 110,
        editable: true,
        type: 'singleSelect',
        valueOptions: ({ row }) => departments.filter((d) => !row || d.unitId === row.unitId).map((d) => ({ value: d.id, label: d.name })),
      },
      selectColumn('category', INSPECTOR_CATEGORY_CHOICES, translate, { ...header('category'), width: 168, editable: true }),
      { ...header('certificateNo'), width: 132, editable: true },
      selectColumn('status', INSPECTOR_STATUS_CHOICES, translate, { ...header('status'), width: 92, editable: true }),
      dateColumn('changedOn', { ...header('changedOn'), width: 128, editable: true }),
      dateColumn('recordedOn', header('recordedOn')),
      { ...header('overdue'), width: 84, renderCell: ({ row }) => <OverdueChip record={row} short /> },
      ...(canReadUsers ? [{ ...header('userId'), width: 96 }] : []),
    ];
    return cols as GridColDef[];
  }, [translate, units, departments, canReadUsers, sameNames]);
  return (
    <LibraryGrid
      columns={columns}
      validate={validateInspectorRow}
      hidden={['recordedOn', 'userId', ...(oneUnit ? ['unitId'] : [])]}
      bulkActions={canEdit ? <LibraryBulkStatusButton choices={INSPECTOR_STATUS_CHOICES} /> : undefined}
    />
  );
};

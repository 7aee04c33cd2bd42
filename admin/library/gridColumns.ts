import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import type { Choice } from '../common/libraryChoices';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A Date picked in a date cell, as the API's YYYY-MM-DD (the browser's calendar day, not UTC's). */
export const isoDate = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A coded field edited with a select of translated names; the cell stores the code. */
export function selectColumn<R extends GridValidRowModel>(
  field: string,
  choices: Choice[],
  translate: Translate,
  rest: Partial<GridColDef<R>> = {},
): GridColDef<R> {
  return {
    field,
    type: 'singleSelect',
    valueOptions: choices.map((c) => ({ value: c.id, label: translate(c.name) })),
    ...rest,
  } as GridColDef<R>;
}

/** A YYYY-MM-DD field edited with the browser's date input; the row keeps the string. */
export function dateColumn<R extends GridValidRowModel>(field: string, rest: Partial<GridColDef<R>> = {}): GridColDef<R> {
  return {
    field,
    type: 'date',
    width: 116,
    valueGetter: (value: string | null) => (value ? new Date(`${value}T00:00:00`) : null),
    valueSetter: (value: Date | null, row: R) => ({ ...row, [field]: value instanceof Date && !Number.isNaN(value.getTime()) ? isoDate(value) : row[field] }),
    valueFormatter: (value: Date | null) => (value ? isoDate(value) : ''),
    ...rest,
  } as GridColDef<R>;
}

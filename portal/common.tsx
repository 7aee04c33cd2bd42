import type { ReactNode } from 'react';
import { getOne, type Page } from './api';
import { useLoad, type Loaded } from './useLoad';
import { shortUnit } from './labels';

export interface Unit {
  id: number;
  name: string;
  code: string;
  level: 'city' | 'district';
}
export interface Line {
  id: number;
  name: string;
}

/** Units and lines, for the filters (one request each, cached by the browser for a minute). */
export const useUnits = () => useLoad('units', () => getOne<Unit[]>('units'));
export const useLines = () => useLoad('lines', () => getOne<Line[]>('lines'));

export function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">全部</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export const unitOptions = (units: Loaded<Unit[]>): [string, string][] =>
  units.state === 'done' ? units.value.map((u) => [String(u.id), shortUnit(u.name)]) : [];
export const districtOptions = (units: Loaded<Unit[]>): [string, string][] =>
  units.state === 'done' ? units.value.filter((u) => u.level === 'district').map((u) => [u.code, shortUnit(u.name)]) : [];
export const YEARS: [string, string][] = [2027, 2026, 2025].map((y) => [String(y), `${y} 年`]);

/** A list's table, with its caption; on a phone each row becomes a card (data-label carries the column name). */
export function Table<T>({
  caption,
  page,
  columns,
  rowKey,
  empty = '没有符合条件的记录。',
}: {
  caption: string;
  page: Page<T>;
  columns: [string, (row: T) => ReactNode][];
  rowKey: (row: T) => string | number;
  /** What an empty page says. */
  empty?: ReactNode;
}) {
  if (!page.rows.length) return <p className="empty">{empty}</p>;
  return (
    <table className="list">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map(([name]) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {page.rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map(([name, cell]) => (
              <td key={name} data-label={name}>
                {cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

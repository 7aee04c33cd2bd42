import type { Response } from 'express';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { Frag } from '../store/sql.js';
import type { Store } from '../store/store.js';
import type { IoColumn } from './columns.js';
import { loadIoContext } from './context.js';
import type { LibraryIo } from './import.js';
import { XLSX_TYPE } from './table.js';

const BATCH = 2_000;

/** Streams every record matching `where` (already scoped to the user) as CSV or XLSX, with Chinese headers. */
export async function exportTable(io: LibraryIo, store: Store, where: Frag, sort: [string, 'ASC' | 'DESC'], format: 'csv' | 'xlsx', res: Response) {
  const ctx = await loadIoContext(store.db, store.clock.now().toISOString());
  const columns: IoColumn[] = io.columns;
  const page = async (start: number) => {
    const { rows } = await store.list(io.resource.spec, { where, sort, range: [start, start + BATCH - 1] }, { count: false });
    return rows.map((r) => columns.map((c) => c.toCell(r, ctx)));
  };
  // The first page is read before the first byte is sent: a filter value the database refuses is still a plain 400.
  const first = await page(0);
  const pages = async function* () {
    yield first;
    if (first.length < BATCH) return;
    for (let start = BATCH; ; start += BATCH) {
      const rows = await page(start);
      yield rows;
      if (rows.length < BATCH) return;
    }
  };
  const name = encodeURIComponent(`${io.title}.${format}`);
  res.setHeader('Content-Disposition', `attachment; filename="export.${format}"; filename*=UTF-8''${name}`);
  if (format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.write('\uFEFF' + Papa.unparse([columns.map((c) => c.header)]) + '\r\n');
    for await (const rows of pages()) if (rows.length) res.write(Papa.unparse(rows, { escapeFormulae: true }) + '\r\n');
    res.end();
    return;
  }
  res.setHeader('Content-Type', XLSX_TYPE);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const sheet = wb.addWorksheet(io.title);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: Math.max(12, c.header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const rows of pages()) for (const r of rows) sheet.addRow(r).commit();
  sheet.commit();
  await wb.commit();
}

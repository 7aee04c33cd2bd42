import Papa from 'papaparse';
import { ENTITY_COLUMNS, INSPECTOR_COLUMNS } from '../../api/io/columns';
import type { LibraryResource } from '../providers/libraryMethods';

/** The headers an import file carries (the server's own column list, computed columns left out). */
export const IMPORT_HEADERS: Record<LibraryResource, string[]> = {
  entities: ENTITY_COLUMNS.filter((c) => !c.exportOnly).map((c) => c.header),
  inspectors: INSPECTOR_COLUMNS.filter((c) => !c.exportOnly).map((c) => c.header),
};

/** Hands a file made in the browser to the user as a download. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV as spreadsheet programs on Chinese Windows open it: UTF-8 with a byte-order mark. */
export const csvBlob = (rows: (string | number)[][]) => new Blob(['\uFEFF' + Papa.unparse(rows)], { type: 'text/csv;charset=utf-8' });

/** An empty XLSX with the headers; exceljs is loaded only when someone asks for it. */
export async function xlsxTemplate(headers: string[], sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

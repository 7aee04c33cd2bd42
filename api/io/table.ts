import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { badRequest } from '../rest/errors.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A spreadsheet read as text cells: the header row, then data rows with their row numbers in the file (header = 1). */
export interface Table {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
};

/** Reads an uploaded CSV (UTF-8, BOM allowed) or XLSX (first sheet). */
export async function readTable(body: Buffer, contentType: string): Promise<Table> {
  if (contentType.startsWith(XLSX_TYPE)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(body as unknown as ArrayBuffer);
    } catch {
      throw badRequest('无法读取 XLSX 文件');
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw badRequest('XLSX 文件中没有工作表');
    const width = sheet.getRow(1).cellCount;
    const all: { line: number; cells: string[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      all.push({ line, cells: Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim()) });
    });
    const [head, ...rows] = all;
    return { headers: head?.cells ?? [], rows: rows.filter((r) => r.cells.some((c) => c !== '')) };
  }
  if (contentType.startsWith('text/csv')) {
    const parsed = Papa.parse<string[]>(body.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: false });
    const [head = [], ...rest] = parsed.data;
    return {
      headers: head.map((h) => h.trim()),
      rows: rest.map((cells, i) => ({ line: i + 2, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== '')),
    };
  }
  throw badRequest('请上传 CSV（text/csv）或 XLSX 文件');
}

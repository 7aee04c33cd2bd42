import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { badRequest, HttpError } from '../rest/errors.js';

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

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A CSV's text. Only UTF-8 is read: another declared charset is refused (415), and bytes that are not UTF-8 (a GBK
 * file saved by Excel) are refused rather than decoded to U+FFFD, which would store names as garbage.
 */
function utf8Text(body: Buffer, contentType: string): string {
  const charset = /;\s*charset="?([^";\s]+)/i.exec(contentType)?.[1].toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new HttpError(415, `不支持的字符集 ${charset}（CSV 须为 UTF-8）`, 'unsupported_media_type');
  try {
    return UTF8.decode(body);
  } catch {
    throw badRequest('CSV 文件不是 UTF-8 编码（在 Excel 中另存为“CSV UTF-8”）');
  }
}

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
    const parsed = Papa.parse<string[]>(utf8Text(body, contentType).replace(/^\uFEFF/, ''), { skipEmptyLines: false });
    const [head = [], ...rest] = parsed.data;
    return {
      headers: head.map((h) => h.trim()),
      rows: rest.map((cells, i) => ({ line: i + 2, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== '')),
    };
  }
  throw badRequest('请上传 CSV（text/csv）或 XLSX 文件');
}

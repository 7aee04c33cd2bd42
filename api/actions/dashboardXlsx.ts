import ExcelJS from 'exceljs';
import type { FigureKey, SummaryAnswer, SummaryRow } from './dashboardTypes.js';
import { REFERRAL_KIND_LABELS, RESULT_CATEGORY_LABELS, TASK_STATUS_LABELS } from '../domain/labels.js';

/** The dashboard's figures by their names in the workbook, in the order the sheet lists them. */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  plansOnTime: '年度计划按期发布（3月底前，§8.1）',
  plansLate: '年度计划逾期发布',
  plansUnpublished: '尚未发布年度计划的单位',
  library: '检查对象名录库（存续）',
  inspected: '已完成检查（结果已确认或公示）',
  tasksOverdue: '超过截止日期仍未完成的任务（§13.2d）',
  resultsUnconfirmed: '超期未确认的检查结果（§13.2b）',
  resultsUnpublished: '超期未公示的检查结果（§13.2b）',
  crimesUnreferred: '涉嫌犯罪未移送公安机关（§13.2c）',
  referralsOpen: '尚未签收的线索移交',
  loansOverdue: '逾期未归还的档案借阅',
  entitiesLate: '检查对象名录超过五个工作日更新（§7.2.2）',
  inspectorsLate: '执法人员名录超过五个工作日更新（§7.3.2）',
};

/** The by-line sheet's columns (after unit, office and line). */
export const ROW_LABELS: Record<Exclude<keyof SummaryRow, 'unitName' | 'departmentName' | 'lineName'>, string> = {
  tasks: '抽查任务',
  tasksOverdue: '超期未完成任务',
  inspected: '已完成检查',
  problemsFound: '发现问题',
  problemsRectified: '已责令改正',
  resultsUnconfirmed: '超期未确认结果',
  resultsUnpublished: '超期未公示结果',
  crimesUnreferred: '涉嫌犯罪未移送',
  referrals: '线索移交',
};

export const SHEETS = { overview: '概览', byLine: '按条线' } as const;

const bold = (row: ExcelJS.Row) => {
  row.font = { bold: true };
};

/**
 * The annual summary (§4.1.1d, §4.2.2d) as a workbook: 概览 holds every figure of the dashboard and the summary's
 * own (指标, 数量), 按条线 one row per unit and implementing office with a 合计 row.
 */
export async function summaryWorkbook(s: SummaryAnswer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(`${s.today}T00:00:00+08:00`);
  const overview = wb.addWorksheet(SHEETS.overview);
  overview.columns = [
    { header: '指标', key: 'label', width: 48 },
    { header: '数量', key: 'count', width: 12 },
  ];
  bold(overview.getRow(1));
  overview.addRow({ label: '年度', count: s.year });
  overview.addRow({ label: '单位', count: s.unit?.name ?? '全市' });
  overview.addRow({ label: '统计日期', count: s.today });
  overview.addRow({ label: '年度计划应检查数（§8.3）', count: s.planned });
  for (const [key, label] of Object.entries(FIGURE_LABELS)) overview.addRow({ label, count: s.figures[key as FigureKey].count });
  for (const [status, label] of Object.entries(TASK_STATUS_LABELS)) overview.addRow({ label: `抽查任务：${label}`, count: s.tasks[status].count });
  for (const [category, label] of Object.entries(RESULT_CATEGORY_LABELS)) overview.addRow({ label: `检查结果：${label}`, count: s.categories[category].count });
  overview.addRow({ label: '发现问题', count: s.problemsFound.count });
  overview.addRow({ label: '发现问题已责令改正', count: s.problemsRectified.count });
  for (const [kind, label] of Object.entries(REFERRAL_KIND_LABELS)) overview.addRow({ label: `线索移交：${label}`, count: s.referrals[kind].count });

  const byLine = wb.addWorksheet(SHEETS.byLine);
  const numbers = Object.keys(ROW_LABELS) as (keyof typeof ROW_LABELS)[];
  byLine.columns = [
    { header: '单位', key: 'unitName', width: 14 },
    { header: '实施机构', key: 'departmentName', width: 22 },
    { header: '业务条线', key: 'lineName', width: 18 },
    ...numbers.map((key) => ({ header: ROW_LABELS[key], key, width: 14 })),
  ];
  bold(byLine.getRow(1));
  for (const row of s.rows) byLine.addRow(row);
  const total = byLine.addRow({ unitName: '合计', ...Object.fromEntries(numbers.map((k) => [k, s.rows.reduce((sum, r) => sum + r[k], 0)])) });
  bold(total);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

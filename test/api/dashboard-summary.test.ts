import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import type { FigureKey, SummaryAnswer } from '../../api/actions/dashboardTypes.js';
import { FIGURE_LABELS, ROW_LABELS, SHEETS } from '../../api/actions/dashboardXlsx.js';

/** The annual summary (issue 14 part 5, §4.1.1d, §4.2.2d): the workbook's numbers are the API's figures. */
let t: TestApp;
let chief: Agent;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.current = new Date('2026-12-28T02:00:00.000Z');
  chief = await t.login('city.chief');
});
afterAll(() => t.close());

async function workbook(query: Record<string, unknown>) {
  const res = await chief
    .get('/api/dashboard/summary.xlsx')
    .query(query)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/spreadsheetml/);
  expect(decodeURIComponent(res.headers['content-disposition'])).toMatch(/2026年度双随机一公开监管总结/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.body);
  return wb;
}

const cells = (sheet: ExcelJS.Worksheet) => {
  const out = new Map<string, unknown>();
  sheet.eachRow((row) => out.set(String(row.getCell(1).value), row.getCell(2).value));
  return out;
};

describe('the annual summary: JSON, and the workbook with the same numbers', () => {
  for (const query of [{ year: 2026 }, { year: 2026, unitId: 2 }]) {
    it(`${JSON.stringify(query)}: 概览 holds every dashboard figure, 按条线 adds up to the figures`, async () => {
      const summary = (await chief.get('/api/dashboard/summary').query(query)).body as SummaryAnswer;
      const dashboard = (await chief.get('/api/dashboard').query(query)).body;
      expect(summary.figures).toEqual(dashboard.figures);
      expect(summary.tasks).toEqual(dashboard.tasks);
      const wb = await workbook(query);
      const overview = cells(wb.getWorksheet(SHEETS.overview)!);
      expect(overview.get('单位')).toBe(summary.unit?.name ?? '全市');
      for (const [key, label] of Object.entries(FIGURE_LABELS))
        expect({ label, n: overview.get(label) }).toEqual({ label, n: summary.figures[key as FigureKey].count });
      expect(overview.get('抽查任务：检查中')).toBe(summary.tasks.inspecting.count);
      expect(overview.get('检查结果：未发现问题')).toBe(summary.categories.no_problem.count);
      expect(overview.get('发现问题')).toBe(summary.problemsFound.count);
      expect(overview.get('线索移交：移送公安机关')).toBe(summary.referrals.police.count);
      expect(overview.get('年度计划应检查数（§8.3）')).toBe(summary.planned);

      const byLine = wb.getWorksheet(SHEETS.byLine)!;
      const header = (byLine.getRow(1).values as unknown[]).slice(1);
      const last = byLine.getRow(byLine.rowCount);
      expect(last.getCell(1).value).toBe('合计');
      const column = (label: string) => last.getCell(header.indexOf(label) + 1).value;
      expect(column(ROW_LABELS.tasks)).toBe(Object.values(summary.tasks).reduce((n, f) => n + f.count, 0));
      expect(column(ROW_LABELS.tasksOverdue)).toBe(summary.figures.tasksOverdue.count);
      expect(column(ROW_LABELS.inspected)).toBe(summary.figures.inspected.count);
      expect(column(ROW_LABELS.resultsUnconfirmed)).toBe(summary.figures.resultsUnconfirmed.count);
      expect(column(ROW_LABELS.resultsUnpublished)).toBe(summary.figures.resultsUnpublished.count);
      expect(column(ROW_LABELS.problemsFound)).toBe(summary.problemsFound.count);
      expect(column(ROW_LABELS.referrals)).toBe(Object.values(summary.referrals).reduce((n, f) => n + f.count, 0));
      expect(summary.rows.length).toBe(byLine.rowCount - 2);
    });
  }

  it('the results by category add up to the results inspected, and each is its list’s total', async () => {
    const summary = (await chief.get('/api/dashboard/summary').query({ year: 2026 })).body as SummaryAnswer;
    expect(Object.values(summary.categories).reduce((n, f) => n + f.count, 0)).toBe(summary.figures.inspected.count);
    for (const f of [...Object.values(summary.categories), summary.problemsFound, summary.problemsRectified, ...Object.values(summary.referrals)]) {
      const res = await chief.get(`/api/${f.resource}`).query({ filter: JSON.stringify(f.filter), range: '[0,0]' });
      expect(Number(res.headers['content-range'].split('/')[1])).toBe(f.count);
    }
  });
});

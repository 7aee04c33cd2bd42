import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, menuEntries, startHarness, type Harness } from './harness.js';
import { axe, describeViolations, isBlocking } from './axe.js';
import { FIGURE_LABELS, ROW_LABELS, SHEETS } from '../../api/actions/dashboardXlsx.js';
import type { FigureKey } from '../../api/actions/dashboardTypes.js';

/**
 * 监督看板 in Chromium (issue 14 parts 4–5): city.chief opens the dashboard from the menu, follows figures to their
 * lists and finds the list's total equal to the figure; chooses 市南区 and does the same; opens the printable summary
 * and downloads the workbook, whose numbers are the dashboard's. The server's clock stands at 28 December 2026, past
 * the demo tasks' deadline.
 */
let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('dashboard', { now: () => new Date('2026-12-28T02:00:00.000Z') });
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

async function signIn(username: string): Promise<Page> {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  await p.goto('/#/login');
  await p.locator('input[name="username"]').fill(username);
  await p.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await p.locator('button[type="submit"]').click();
  await p.getByRole('heading', { name: '我的待办', level: 1 }).waitFor();
  return p;
}

const figure = async (p: Page, key: string) => Number((await p.getByTestId(`figure-${key}`).innerText()).replace(/,/g, ''));

/** The list's total as its footer says it ("第 1–5 条，共 5 条", a grid's "1–25 共 155"); 0 when the list says it is empty. */
async function listTotal(p: Page): Promise<number> {
  const footer = p.locator('.MuiTablePagination-displayedRows');
  const empty = p.getByText(/没有找到|当前筛选条件下没有/);
  await footer.or(empty).first().waitFor();
  if (await empty.isVisible()) return 0;
  const m = (await footer.innerText()).match(/共\s*([\d,]+)/);
  return m ? Number(m[1].replace(/,/g, '')) : -1;
}

async function followFigure(p: Page, key: string, path: RegExp) {
  const shown = await figure(p, key);
  await p.locator(`[data-figure="${key}"] a`).click();
  await p.waitForURL(path);
  // A data grid says its page's rows until the count arrives: the total is read once it has.
  await expect.poll(() => listTotal(p), { timeout: 10_000 }).toBe(shown);
  await p.goBack();
  await p.getByTestId(`figure-${key}`).waitFor();
  return shown;
}

async function expectAccessible(p: Page, where: string) {
  await p.waitForLoadState('networkidle');
  const blocking = (await axe(p)).filter(isBlocking);
  expect(describeViolations(where, blocking)).toEqual([]);
  expect(await p.locator('h1').count()).toBe(1);
}

describe('city.chief follows the dashboard’s figures to their lists', { timeout: 120_000 }, () => {
  it('opens 监督看板 from the menu; each figure followed lands on a list of that many rows', async () => {
    page = await signIn('city.chief');
    expect(await menuEntries(page)).toContain('监督看板');
    await page.getByRole('menuitem', { name: '监督看板' }).click();
    await page.getByRole('heading', { name: '监督看板', level: 1 }).waitFor();
    await page.getByTestId('figure-tasksOverdue').waitFor();
    // The charts say their numbers to screen readers.
    await page.getByRole('img', { name: /各状态的抽查任务：草稿 \d+/ }).waitFor();
    await page.getByRole('img', { name: /抽查覆盖率 \d+%/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await h.screenshot(page, '01-dashboard-city');
    await expectAccessible(page, 'dashboard');

    expect(await followFigure(page, 'tasksOverdue', /#\/tasks\?filter=/)).toBeGreaterThan(0);
    expect(await followFigure(page, 'loansOverdue', /#\/loans\?filter=/)).toBe(1);
    expect(await followFigure(page, 'resultsUnpublished', /#\/results\?filter=/)).toBeGreaterThan(0);
    expect(await followFigure(page, 'entitiesLate', /#\/entities\?filter=/)).toBeGreaterThan(0);
    await followFigure(page, 'plansUnpublished', /#\/units\?filter=/);
    await h.screenshot(page, '02-dashboard-back');
  });

  it('chooses 市南区: the figures are the district’s, and still their lists’ totals', async () => {
    const cityOverdue = await figure(page, 'tasksOverdue');
    await page.getByRole('combobox', { name: '单位' }).click();
    await page.getByRole('option', { name: '市南区人力资源和社会保障局' }).click();
    await page.waitForURL(/unitId=2/);
    await expect.poll(() => figure(page, 'tasksOverdue')).toBeLessThan(cityOverdue);
    await followFigure(page, 'tasksOverdue', /#\/tasks\?filter=/);
    await followFigure(page, 'resultsUnconfirmed', /#\/results\?filter=/);
    await followFigure(page, 'tasks-inspecting', /#\/tasks\?filter=/);
    await h.screenshot(page, '03-dashboard-shinan');
  });

  it('opens the printable summary; the workbook it downloads holds the dashboard’s numbers', async () => {
    await page.getByRole('combobox', { name: '单位' }).click();
    await page.getByRole('option', { name: '全市（所有单位）' }).click();
    await expect.poll(() => page.url()).not.toMatch(/unitId=/);
    const shown = Object.fromEntries(
      await Promise.all((Object.keys(FIGURE_LABELS) as FigureKey[]).map(async (k) => [k, await figure(page, k)] as const)),
    ) as Record<FigureKey, number>;
    await page.getByRole('link', { name: '年度总结' }).click();
    await page.getByRole('heading', { name: /2026 年度“双随机、一公开”监管总结（全市（所有单位））/ }).waitFor();
    await page.locator('[data-total="tasksOverdue"]').waitFor();
    expect(Number(await page.locator('[data-total="tasksOverdue"]').innerText())).toBe(shown.tasksOverdue);
    expect(Number(await page.locator('[data-total="inspected"]').innerText())).toBe(shown.inspected);
    await h.screenshot(page, '04-summary');
    await expectAccessible(page, 'summary');

    const href = await page.getByRole('link', { name: '下载 Excel' }).getAttribute('href');
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download.body()) as unknown as ExcelJS.Buffer);
    const overview = new Map<string, unknown>();
    wb.getWorksheet(SHEETS.overview)!.eachRow((row) => overview.set(String(row.getCell(1).value), row.getCell(2).value));
    for (const [key, label] of Object.entries(FIGURE_LABELS)) expect({ label, n: overview.get(label) }).toEqual({ label, n: shown[key as FigureKey] });
    const byLine = wb.getWorksheet(SHEETS.byLine)!;
    const header = (byLine.getRow(1).values as unknown[]).slice(1);
    expect(byLine.getRow(byLine.rowCount).getCell(header.indexOf(ROW_LABELS.tasksOverdue) + 1).value).toBe(shown.tasksOverdue);
  });

  it('an inspector has no 监督看板 in its menu, and the page’s address shows it nothing', async () => {
    const inspector = await signIn('city.inspector');
    expect(await menuEntries(inspector)).not.toContain('监督看板');
    for (const path of ['/#/dashboard', '/#/dashboard/summary']) {
      await inspector.goto(path);
      await inspector.getByText('您没有访问此页面的权限').waitFor();
      expect(await inspector.getByTestId('figure-tasksOverdue').count()).toBe(0);
    }
    await inspector.context().close();
  });
});

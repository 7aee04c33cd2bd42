import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ENTITY_COLUMNS } from '../../api/io/columns.js';
import { makeUscc } from '../../api/cli/seed/library.js';
import { rng } from '../../api/cli/seed/random.js';
import { chinaDate } from '../../api/domain/workdays.js';
import { choose, login, startHarness, type Harness } from './harness.js';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('library');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = ENTITY_COLUMNS.filter((c) => !c.exportOnly).map((c) => c.header);
const today = chinaDate(new Date());

/** An entity import file as a bureau would fill it in: Chinese headers, names for coded values. */
async function entityFile(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('检查对象名录');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const enterprise = (seed: number, name: string) => [
  makeUscc('enterprise', '370202', rng(seed)),
  name,
  '企业',
  '市南区',
  '青岛市市南区香港中路1号',
  '王测试',
  '劳动保障监察',
  '存续',
  today,
];

/** A list page with no filter (react-admin otherwise restores the filters last used on it), freshly loaded. */
async function openList(p: Page, resource: string) {
  await p.goto(`/#/${resource}?filter=${encodeURIComponent('{}')}`);
  await p.reload();
}

/** The data grid's rows, once the list has loaded. */
const gridRows = (p: Page) => p.locator('.MuiDataGrid-row');
async function search(p: Page, text: string, expected: number) {
  await p.getByPlaceholder('搜索').fill(text);
  await expect.poll(() => gridRows(p).count(), { timeout: 10_000 }).toBe(expected);
}

describe('检查对象名录 as 市南区 implementing office (shinan.officer)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    page = await h.newPage();
    await login(page, 'shinan.officer');
  });

  it('edits an entity’s name inline in the grid, and the new name is stored', async () => {
    await openList(page, 'entities');
    await gridRows(page).first().waitFor();
    await h.screenshot(page, 'officer-01-entities-grid');
    await search(page, '山东宏达律师事务所', 1);
    await gridRows(page).first().locator('[data-field="name"]').dblclick();
    const input = gridRows(page).first().locator('[data-field="name"] input');
    await input.fill('山东宏达律师事务所（已更名）');
    await h.screenshot(page, 'officer-02-entity-inline-edit');
    await input.press('Enter');
    await page.getByText('已保存').first().waitFor();

    await page.reload();
    await search(page, '山东宏达律师事务所', 1);
    await expect(gridRows(page).first().locator('[data-field="name"]').innerText()).resolves.toBe('山东宏达律师事务所（已更名）');
  });

  it('imports an XLSX file: the dry run counts the rows, the import adds them to the list', async () => {
    await openList(page, 'entities');
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('统一社会信用代码 | 名称').waitFor();
    const file = await entityFile([
      enterprise(910_001, '青岛测试导入甲有限公司'),
      enterprise(910_002, '青岛测试导入乙有限公司'),
      enterprise(910_003, '青岛测试导入丙有限公司'),
    ]);
    await dialog.getByTestId('import-file').setInputFiles({ name: '检查对象.xlsx', mimeType: XLSX, buffer: file });
    await dialog.getByText('检查通过，可以导入').waitFor();
    for (const count of ['总行数 3', '新增 3', '更新 0', '错误 0']) await dialog.getByText(count, { exact: true }).waitFor();
    await h.screenshot(page, 'officer-03-import-dry-run');
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('导入完成：新增 3 条，更新 0 条，无变化 0 条').waitFor();
    await search(page, '青岛测试导入', 3);
    await h.screenshot(page, 'officer-04-imported-rows');
  });

  it('shows a file’s bad row by row and column, refuses to import it, and stores none of its rows', async () => {
    const bad = enterprise(910_005, '青岛测试坏行有限公司');
    bad[0] = bad[0].slice(0, 17) + (bad[0][17] === '0' ? '1' : '0');
    const file = await entityFile([enterprise(910_004, '青岛测试好行有限公司'), bad]);
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('import-file').setInputFiles({ name: '有错误.xlsx', mimeType: XLSX, buffer: file });
    const errors = dialog.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.locator('tbody tr').allInnerTexts()).toEqual(['3\t统一社会信用代码\t统一社会信用代码校验位不正确']);
    await expect(dialog.getByRole('button', { name: '确认导入' }).isDisabled()).resolves.toBe(true);
    await dialog.getByRole('button', { name: '下载错误清单（CSV）' }).waitFor();
    await h.screenshot(page, 'officer-05-import-errors');
    await dialog.getByRole('button', { name: '取消' }).click();

    // The real run is all or nothing: the good row is not stored either.
    const refused = await page.request.post('/api/entities/import', { data: file, headers: { 'Content-Type': XLSX } });
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'import_invalid', errorCount: 1, created: 1 });
    await search(page, '青岛测试', 3);
  });

  it('filters the late entries (逾期录入) and flags each of them', async () => {
    await openList(page, 'entities');
    const total = async () => Number((await page.locator('.MuiTablePagination-displayedRows').innerText()).match(/共\s*([\d,]+)/)?.[1].replace(/,/g, '') ?? 0);
    await expect.poll(total).toBeGreaterThan(100);
    const all = await total();
    await choose(page, '逾期录入', '是');
    await expect.poll(total).toBeLessThan(all);
    // Every row shown carries the flag (the seed has 30 late entries in 市南区: a full page of 25).
    await expect.poll(async () => [await gridRows(page).count(), await page.getByTestId('overdue-chip').count()]).toEqual([25, 25]);
    await h.screenshot(page, 'officer-06-entities-overdue');
  });

  it('changes the status of two selected entities at once, with the date of the change', async () => {
    await openList(page, 'entities');
    await search(page, '青岛测试导入', 3);
    for (const i of [0, 1]) await gridRows(page).nth(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: '批量修改状态' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, '新状态', '注销');
    await expect(dialog.locator('input[name="changedOn"]').inputValue()).resolves.toBe(today);
    await h.screenshot(page, 'officer-07-bulk-status');
    await dialog.getByRole('button', { name: '修改' }).click();
    await page.getByText('已修改 2 条').waitFor();
    await expect.poll(async () => (await gridRows(page).locator('[data-field="status"]').allInnerTexts()).sort()).toEqual(['存续', '注销', '注销']);
    await h.screenshot(page, 'officer-08-bulk-status-done');
  });

  it('keeps the inspector library with its conflicts of interest', async () => {
    await openList(page, 'inspectors');
    await gridRows(page).first().waitFor();
    await h.screenshot(page, 'officer-09-inspectors-grid');
    await gridRows(page).filter({ hasText: '冯雪' }).getByRole('button', { name: '打开完整表单' }).click();
    await page.getByTestId('inspector-conflicts').waitFor();
    await page.getByRole('button', { name: '添加回避对象' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('检查对象').fill('山东恒通');
    await page.getByRole('option', { name: /山东恒通律师事务所/ }).click();
    await dialog.getByLabel('回避原因').fill('配偶在该所执业');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('已添加回避对象').waitFor();
    await page.getByTestId('inspector-conflicts').getByText('配偶在该所执业').waitFor();
    await h.screenshot(page, 'officer-10-inspector-conflicts');
  });
});

describe('抽查事项清单 as 市南区 lead office (shinan.lead)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    page = await h.newPage();
    await login(page, 'shinan.lead');
  });

  it('edits an item with a reason and sees the revision with its difference', async () => {
    await page.goto('/#/items');
    await page.getByRole('button', { name: '发布清单' }).waitFor();
    await h.screenshot(page, 'lead-01-items-list');
    await page.locator('tr', { hasText: '对用人单位制定规章制度的行政检查' }).click();
    await page.waitForURL(/#\/items\/\d+\/show$/);
    await page.getByText('第 1 版').waitFor();
    await page.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(/#\/items\/\d+$/);
    await page.getByLabel('抽查比例及频次').fill('全年抽查比例不低于8%');
    await page.getByLabel('修改原因').fill('按2026年度工作要点提高抽查比例');
    await h.screenshot(page, 'lead-02-item-edit');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/items\/\d+\/show$/);
    const revision = page.getByTestId('item-revision').first();
    await revision.getByText('第 2 版').waitFor();
    await revision.getByText('原因：按2026年度工作要点提高抽查比例').waitFor();
    await revision.getByText('赵磊（法规）').waitFor();
    expect(await revision.locator('tbody tr').allInnerTexts()).toEqual(['抽查比例及频次\t全年抽查比例不低于5%，频次根据监管需要确定\t全年抽查比例不低于8%']);
    await h.screenshot(page, 'lead-03-item-history');
  });

  it('publishes the list of its unit', async () => {
    await page.goto('/#/items');
    await page.getByRole('button', { name: '发布清单' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText(/已发布清单，共 \d+ 项抽查事项/).waitFor();
    await page.waitForURL(/#\/itemPublications\/\d+\/show$/);
    await page.getByText('对用人单位制定规章制度的行政检查').waitFor();
    await h.screenshot(page, 'lead-04-publication');
  });
});

describe('the same screens for other roles', { timeout: 60_000 }, () => {
  it('lets the administrator keep the working calendar and both libraries', async () => {
    page = await h.newPage();
    await login(page, 'admin');
    await page.goto('/#/holidays');
    await page.locator('td', { hasText: '国庆节' }).first().waitFor();
    await h.screenshot(page, 'admin-01-holidays');
    await page.getByRole('link', { name: '新建' }).click();
    await page.getByLabel('名称').waitFor();
    await h.screenshot(page, 'admin-02-holiday-create');
    await openList(page, 'inspectors');
    await gridRows(page).first().getByRole('button', { name: '行内编辑' }).waitFor();
    await h.screenshot(page, 'admin-03-inspectors-grid');
  });

  it('shows the city lead office every district’s entities read-only, and its own unit’s items to publish', async () => {
    page = await h.newPage();
    await login(page, 'city.lead');
    await openList(page, 'entities');
    await gridRows(page).first().getByRole('button', { name: '查看详情' }).waitFor();
    expect(await page.getByRole('button', { name: '导入' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '行内编辑' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await h.screenshot(page, 'citylead-01-entities-readonly');
    await page.goto('/#/items');
    await page.getByRole('button', { name: '发布清单' }).waitFor();
    await h.screenshot(page, 'citylead-02-items');
    await page.goto('/#/itemPublications');
    await page.locator('td:visible', { hasText: '市南区人力资源和社会保障局' }).first().waitFor();
    await h.screenshot(page, 'citylead-03-publications');
  });

  it('reads in English', async () => {
    page = await h.newPage();
    await login(page, 'shinan.officer');
    await openList(page, 'entities');
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Unified social credit code' }).waitFor();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Check it first, then confirm', { exact: false }).waitFor();
    await h.screenshot(page, 'english-01-entities-import');
  });
});

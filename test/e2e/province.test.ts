import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, login, startHarness, type Harness } from './harness.js';
import { FIXTURES } from '../../api/cli/fake-outside.js';

/**
 * Issue 15 part 3 in the browser: the city's lead office (city.lead) imports the provincial platform's JSON export from
 * the task list; the answer names the task created and the entity not in the library; the same file again is
 * recognised; a malformed file is refused naming its task and field. The new task is in the list, 上级派发 and 已抽取.
 */
let h: Harness;
let page: Page;
const TASKS = JSON.parse(fs.readFileSync(FIXTURES, 'utf8')).provinceTasks as Record<string, unknown>[];
const file = (tasks: unknown[]) => ({ name: '省级派发任务.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ tasks })) });

beforeAll(async () => {
  h = await startHarness('province');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

describe('导入省级任务 (§9.1.1)', { timeout: 90_000 }, () => {
  it('city.lead imports the platform’s export; again it changes nothing; a malformed file is refused naming task and field', async () => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await login(page, 'city.lead', DEMO_PASSWORD);
    await page.goto('/#/tasks');
    await page.getByRole('button', { name: '导入省级任务' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('province-file').setInputFiles(file(TASKS));
    await dialog.getByText('已导入 1 项任务').waitFor();
    await dialog.getByText('SD-2026-101：3 个检查对象，派发至 2 个区（市）').waitFor();
    await dialog.getByText('SD-2026-101 · 91370200MA3C5XKQ0G 青岛省外登记贸易有限公司').waitFor();
    await h.screenshot(page, 'imported');

    await dialog.getByTestId('province-file').setInputFiles(file(TASKS));
    await dialog.getByText('此前已导入、未作改动的任务 1 项').waitFor();
    expect(await dialog.getByText('已导入 1 项任务').count()).toBe(0);

    await dialog.getByTestId('province-file').setInputFiles(file([{ ...TASKS[0], reference: 'SD-2026-109', deadline: '明年' }]));
    await dialog
      .getByRole('alert')
      .getByText(/第 1 个任务「截止日期」：应为 YYYY-MM-DD/)
      .waitFor();
    await h.screenshot(page, 'refused');
    await dialog.getByRole('button', { name: '关闭' }).click();

    const row = page.locator('tbody tr', { hasText: 'SD-2026-101' });
    await row.getByText('上级派发').waitFor();
    await row.getByText('已抽取').waitFor();
    expect(await page.locator('tbody tr', { hasText: 'SD-2026-109' }).count()).toBe(0);
  });

  it('the button is the city lead office’s only', async () => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    await login(page, 'city.officer', DEMO_PASSWORD);
    await page.goto('/#/tasks');
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: '导入省级任务' }).count()).toBe(0);
  });
});

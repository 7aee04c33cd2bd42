import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, startHarness, type Harness } from './harness.js';
import { PDF, PNG, TEAMMATE_NAME } from '../support/results.js';

/**
 * Issue 10 end to end on a phone (375×812): shinan.inspector enters an on-site result from 我的检查任务 with a photo
 * (the camera input) and a PDF, the head of office confirms and publishes it, and GET /api/public/results then lists
 * it without personal data.
 */
let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness('results');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

async function signIn(username: string): Promise<Page> {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 375, height: 812 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  await p.goto('/#/login');
  await p.locator('input[name="username"]').fill(username);
  await p.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await p.locator('button[type="submit"]').click();
  await p.getByRole('heading', { name: '我的待办', level: 1 }).waitFor();
  return p;
}

const next = (p: Page) => p.getByRole('button', { name: '下一步' }).click();

describe('results on a phone', () => {
  it('the inspector enters an on-site result with a photo and a PDF; the chief confirms and publishes it', async () => {
    page = await signIn('shinan.inspector');
    await page.locator('[data-todo="resultsToEnter"]').getByRole('button', { name: '录入结果' }).first().waitFor();
    await h.screenshot(page, 'inspector-home');
    await page.goto('/#/assignments');
    // 冯雪's team of SN-2026-002 (the fixtures' INSPECTOR_TEAM_ASSIGNMENT; she is on a team of SN-2026-003 too).
    await page.locator('tr', { hasText: 'SN-2026-002' }).getByRole('button', { name: '录入结果' }).first().click();
    await page.getByText('预查比对情况（§9.3.2.1）').first().waitFor();
    await page.getByLabel('预查比对情况（§9.3.2.1）').fill('已查询国家企业信用信息公示系统，经营正常');
    await h.screenshot(page, 'step-precheck');
    await next(page);
    await page.getByLabel('电话').check();
    await page.getByLabel('告知日期').fill('2026-12-01');
    await next(page);
    await page.getByLabel('现场检查日期').fill('2026-12-02');
    await page.getByLabel('现场检查地点').fill('青岛市市南区香港中路 10 号');
    await page.getByLabel(/^冯雪/).check();
    await page.getByLabel(new RegExp(`^${TEAMMATE_NAME}`)).check();
    await page.getByLabel('已现场填写双随机抽查检查记录表（§9.3.2.3b）').check();
    await page.getByLabel('已签字').check();
    await h.screenshot(page, 'step-onsite');
    await next(page);
    await page.getByRole('combobox', { name: '检查结果' }).click();
    await page.getByRole('option', { name: '未发现问题', exact: true }).click();
    await page.getByRole('combobox', { name: '具体负责检查并签字确认的人员（§9.3.2.4）' }).click();
    await page.getByRole('option', { name: '冯雪', exact: true }).click();
    await h.screenshot(page, 'step-conclusion');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('button', { name: '确认结果' }).waitFor();
    await page.getByText('尚未上传证据').waitFor();
    await page.getByTestId('evidence-camera').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByLabel('证据说明').fill('现场经营场所照片');
    await page.getByRole('button', { name: '上传证据' }).click();
    await page.locator('img[alt="photo.png"]').waitFor();
    await page.getByTestId('evidence-files').setInputFiles({ name: '劳动合同.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByLabel('证据说明').fill('劳动合同复印件');
    await page.getByRole('button', { name: '上传证据' }).click();
    await page.getByRole('link', { name: '劳动合同.pdf' }).waitFor();
    await h.screenshot(page, 'step-evidence');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);

    const chief = await signIn('shinan.chief');
    page = chief;
    await chief.goto('/#/results');
    await chief.getByRole('button', { name: '确认结果' }).first().click();
    await chief.getByText('检查结果已确认').waitFor();
    await chief.getByRole('button', { name: '公示' }).first().click();
    await chief.getByText('检查结果已公示').waitFor();
    await h.screenshot(chief, 'chief-review');

    const res = await fetch(`${h.baseUrl}/api/public/results`);
    const list = (await res.json()) as Record<string, unknown>[];
    // Beside the demo data's published results (QD-2026-004, SN-2026-003), the one just published, newest first.
    expect(list.filter((r) => r.taskCode === 'SN-2026-002')).toHaveLength(1);
    expect(list[0]).toMatchObject({ taskCode: 'SN-2026-002', category: 'no_problem' });
    expect(JSON.stringify(list)).not.toMatch(new RegExp(`冯雪|${TEAMMATE_NAME}|3702022021`));
  }, 180_000);
});

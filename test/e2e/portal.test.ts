import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDataSet } from '../../api/store/seed.js';
import { startHarness, type Harness } from './harness.js';

/**
 * The public portal (issue 14 part 1), as an anonymous visitor on a phone (375×812) uses it: finds a published result
 * by its 统一社会信用代码, follows it to its task's draw record, verifies the record in the browser; pages a list to
 * its second and last pages; keeps the larger text across a reload.
 */
const demo = readDataSet('db.json') as unknown as {
  results: { uscc: string; entityName: string; taskCode: string; status: string; taskId: number }[];
  draws: { id: number; taskId: number }[];
};
const published = demo.results.find((r) => r.status === 'published' && r.taskCode === 'QD-2026-004')!;
const drawId = demo.draws.find((d) => d.taskId === published.taskId)!.id;
/** A result published before its task's draw record (SN-2026-003's record stays unpublished here). */
const aheadOfDraw = demo.results.find((r) => r.status === 'published' && r.taskCode === 'SN-2026-003')!;

let h: Harness;
let page: Page;

/** Staff steps the visitor's story needs: the city and 市南区 publish their item lists, the city's head publishes the draw record. */
async function asStaff(username: string, steps: (p: Page) => Promise<void>) {
  const staff = await h.newPage();
  const res = await staff.request.post('/api/auth/login', { data: { username, password: 'Demo#2026' } });
  expect(res.status()).toBe(200);
  await steps(staff);
  await staff.context().close();
}

beforeAll(async () => {
  h = await startHarness('portal');
  await asStaff('city.lead', async (p) => {
    expect((await p.request.post('/api/items/publish', { data: {} })).status()).toBe(201);
  });
  await asStaff('shinan.lead', async (p) => {
    expect((await p.request.post('/api/items/publish', { data: {} })).status()).toBe(201);
  });
  await asStaff('city.chief', async (p) => {
    expect((await p.request.post(`/api/draws/${drawId}/publish`, { data: {} })).status()).toBe(200);
  });
}, 60_000);
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

const phone = async () => {
  const p = await h.newPage();
  await p.setViewportSize({ width: 375, height: 812 });
  return p;
};
/** The page is no wider than the window (no sideways scroll). */
const fitsWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the public portal (issue 14)', { timeout: 120_000 }, () => {
  it('a visitor on a phone finds a published result by its credit code, opens its task’s draw record and verifies it', async () => {
    page = await phone();
    await page.goto('/public/');
    await page.getByRole('heading', { level: 1, name: '双随机、一公开 信息公示' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);
    await h.screenshot(page, 'home-375');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '检查结果' }).click();
    await page.getByRole('heading', { level: 1, name: '检查结果' }).waitFor();
    await page.getByLabel('企业名称或统一社会信用代码').fill(published.uscc);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/public\/results\?q=/);
    const card = page.locator('tbody tr').filter({ hasText: published.uscc });
    await card.waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await card.innerText()).toContain(published.entityName);
    expect(await fitsWidth(page)).toBe(true);
    await h.screenshot(page, 'results-375');
    // The URL holds the search: a reload (or a shared link) shows the same.
    await page.reload();
    await card.waitFor();

    await card.getByRole('link', { name: /QD-2026-004/ }).click();
    await page.getByRole('heading', { level: 1, name: '抽取记录' }).waitFor();
    await page.getByRole('link', { name: 'QD-2026-004' }).click();
    await page.getByRole('heading', { level: 1, name: '抽取记录 QD-2026-004' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/public/draws/${drawId}`);
    const download = page.getByRole('link', { name: '下载记录 (JSON)' });
    expect(await download.getAttribute('href')).toBe(`/api/public/draws/${drawId}`);
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole('button', { name: '验证', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /验证通过/ })
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('li[data-step][data-passed="false"]').count()).toBe(0);
    expect(await page.locator('li[data-step][data-passed="true"]').count()).toBeGreaterThan(4);
    expect(await fitsWidth(page)).toBe(true);
    await h.screenshot(page, 'draw-verified-375');
  });

  it('a list pages on the server: its second and last pages, by the pager and by the URL', async () => {
    page = await phone();
    await page.goto('/public/items?size=10');
    await page.getByRole('heading', { level: 1, name: '抽查事项清单' }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(10);
    const total = Number((await page.locator('.pager-total').innerText()).match(/共 ([\d,]+)/)![1].replace(/,/g, ''));
    expect(total).toBeGreaterThan(20);
    const firstPage = await rows.allInnerTexts();
    await page.getByRole('button', { name: '下一页' }).click();
    await page.waitForURL(/page=2/);
    await page.getByText('第 2 /').waitFor();
    const second = await rows.allInnerTexts();
    expect(second.length).toBe(10);
    expect(second.some((r) => firstPage.includes(r))).toBe(false);
    await page.getByRole('button', { name: '最后一页' }).click();
    const last = Math.ceil(total / 10);
    await page.waitForURL(new RegExp(`page=${last}`));
    await page.getByText(`第 ${last} / ${last} 页`).waitFor();
    await expect.poll(() => rows.count()).toBe(total - (last - 1) * 10);
    expect(await page.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    await h.screenshot(page, 'items-last-375');
    // A shared link to page 2 opens page 2.
    const shared = await phone();
    await shared.goto('/public/items?page=2&size=10');
    await shared.getByText('第 2 /').waitFor();
    await expect.poll(() => shared.locator('tbody tr').allInnerTexts()).toEqual(second);
    // A stale link past the end shows no rows and leads to the last page.
    await shared.goto('/public/items?page=99&size=10');
    await shared.getByText('没有符合条件的记录。').waitFor();
    await shared.getByRole('button', { name: '最后一页' }).click();
    await shared.getByText(`第 ${last} / ${last} 页`).waitFor();
    expect(await shared.getByRole('button', { name: '最后一页' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '第一页' }).click();
    await expect.poll(() => rows.allInnerTexts()).toEqual(firstPage);
  });

  it('a result published before its draw record: its link says the record is not published yet', async () => {
    page = await phone();
    await page.goto(`/public/results?q=${aheadOfDraw.uscc}`);
    await page
      .locator('tbody tr')
      .filter({ hasText: aheadOfDraw.entityName })
      .getByRole('link', { name: /SN-2026-003/ })
      .click();
    await page.getByRole('heading', { level: 1, name: '抽取记录' }).waitFor();
    await page.getByText('任务 SN-2026-003 的抽取记录尚未公示，或没有这个任务编号。').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(0);
    // Without a task's code an empty list says what every list does.
    await page.getByRole('button', { name: '重置' }).click();
    await page.locator('tbody tr').first().waitFor();
  });

  it('the larger-text switch (适老化) survives a reload', async () => {
    page = await phone();
    await page.goto('/public/plans');
    await page.getByRole('heading', { level: 1, name: '年度抽查计划' }).waitFor();
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await fontSize();
    await page.getByRole('button', { name: '大字号' }).click();
    expect(await fontSize()).toBeGreaterThan(normal);
    await page.reload();
    await page.getByRole('button', { name: '标准字号' }).waitFor();
    expect(await page.getByRole('button', { name: '标准字号' }).getAttribute('aria-pressed')).toBe('true');
    expect(await fontSize()).toBeGreaterThan(normal);
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole('link', { name: /2026/ }).first().click();
    await page.getByRole('heading', { level: 2, name: '版本记录' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await h.screenshot(page, 'plan-large-375');
    await page.getByRole('button', { name: '标准字号' }).click();
    expect(await fontSize()).toBe(normal);
  });

  it('on a desktop: 大字号 turns the item table into cards; after 下一页 by keyboard the list’s heading has the focus; a record opens at its top', async () => {
    page = await h.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/public/items?size=10');
    await page.getByRole('heading', { level: 1, name: '抽查事项清单' }).waitFor();
    const headerShown = () => page.locator('table.list thead').evaluate((e) => e.getBoundingClientRect().height > 1);
    expect(await headerShown()).toBe(true);
    await page.getByRole('button', { name: '大字号' }).click();
    // 60 characters of 20 px text are wider than the 1168 px page: each row is a card, each cell named by its column.
    await expect.poll(headerShown).toBe(false);
    expect(
      await page
        .locator('tbody tr')
        .first()
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content),
    ).toBe('"事项名称"');
    expect(await fitsWidth(page)).toBe(true);
    await h.screenshot(page, 'items-large-1280', { fullPage: false });

    const firstRow = await page.locator('tbody tr').first().innerText();
    await page.getByRole('button', { name: '下一页' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('第 2 / 3 页').waitFor();
    await expect.poll(() => page.locator('tbody tr').first().innerText()).not.toBe(firstRow);
    expect(await page.evaluate(() => document.activeElement?.tagName + ' ' + (document.activeElement as HTMLElement).innerText)).toBe('H1 抽查事项清单');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.getByRole('button', { name: '标准字号' }).click();

    // A short window, scrolled down to the list's last plan: the plan's page opens at its top.
    await page.setViewportSize({ width: 1280, height: 300 });
    await page.goto('/public/plans');
    await page.getByRole('link', { name: /2026/ }).last().waitFor();
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.getByRole('link', { name: /2026/ }).last().click();
    await page.getByRole('heading', { level: 2, name: '版本记录' }).waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  it('desktop screenshots (1440×900)', async () => {
    page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const [path, name] of [
      ['/public/', 'home'],
      ['/public/items', 'items'],
      ['/public/plans', 'plans'],
      ['/public/draws', 'draws'],
      [`/public/draws/${drawId}`, 'draw'],
      ['/public/results', 'results'],
      ['/public/non-cooperation', 'non-cooperation'],
    ]) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      await page.locator('[role="status"]:has-text("正在加载")').waitFor({ state: 'detached' });
      expect(await page.locator('h1').count()).toBe(1);
      await h.screenshot(page, `${name}-1440`);
    }
    await page.goto('/public/plans');
    await page.getByRole('link', { name: /2026/ }).last().click();
    await page.getByRole('heading', { level: 2, name: '版本记录' }).waitFor();
    await h.screenshot(page, 'plan-1440');
  });
});

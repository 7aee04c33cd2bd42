import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, login, startHarness, type Harness } from './harness.js';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('verify');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

interface FullRecord {
  drawId: number;
  seed: string;
  selected: string[];
  [field: string]: unknown;
}

const api = <T>(p: Page, path: string): Promise<T> => p.evaluate(async (url) => (await fetch(url)).json(), `/api/${path}`) as Promise<T>;
/** Screenshots from the top of the page (a full-page capture of a scrolled page shifts the fixed app bar). */
const shot = async (name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  return h.screenshot(page, name);
};
const status = () => page.getByRole('status').filter({ hasText: /验证(通过|未通过)|无法验证/ });
const stepRow = (id: string) => page.locator(`li[data-step="${id}"]`);
/** Feeds a record to "验证本地记录文件 (JSON)" as a file the user picked. */
const feed = (name: string, record: unknown) =>
  page.getByLabel('验证本地记录文件 (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record, null, 2)) });

describe('verifying a draw record in the browser (issue 14, DRAW-SPEC)', { timeout: 90_000 }, () => {
  let record: FullRecord;
  let taskId: number;

  it('city.officer opens QD-2026-004, clicks 验证, and every step passes', async () => {
    page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await login(page, 'city.officer');
    await page.goto('/#/tasks');
    await page.locator('tr', { hasText: 'QD-2026-004' }).click();
    await page.waitForURL(/#\/tasks\/\d+\/show$/);
    taskId = Number(/#\/tasks\/(\d+)\/show$/.exec(page.url())![1]);
    await page.getByRole('button', { name: '验证', exact: true }).click();
    await expect.poll(() => status().innerText()).toMatch(/^验证通过：本页的抽取记录的全部 \d+ 步均与/);
    const rows = page.locator('li[data-step]');
    const passed = await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-step'), e.getAttribute('data-passed')]));
    expect(passed.map(([id]) => id)).toEqual(expect.arrayContaining(['record', 'seed', 'poolHash', 'quotas', 'selection', 'teams']));
    expect(passed.every(([, p]) => p === 'true')).toBe(true);
    expect(await rows.filter({ hasText: '未通过' }).count()).toBe(0);
    const drawId = Number((await page.locator('[data-testid^="draw-"]').first().getAttribute('data-testid'))!.slice(5));
    record = await api<FullRecord>(page, `draws/${drawId}`);
    // The lines to check one entity by hand name the record's seed and its first selected entity.
    await page.getByText(`seed=${record.seed}`).waitFor();
    await page.getByText(`printf '%s:%s' $seed ${record.selected[0]} | sha256sum`).waitFor();
    await shot('01-officer-verify-passed-1440');
  });

  it('on a phone (375 px) the panel, its steps and the hand-check lines fit the width', async () => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 375, height: 812 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const phone = await context.newPage();
    await phone.goto('/#/login');
    await phone.locator('input[name="username"]').fill('city.officer');
    await phone.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await phone.locator('button[type="submit"]').click();
    await phone.getByRole('heading', { name: '我的待办', level: 1 }).waitFor();
    await phone.goto(`/#/tasks/${taskId}/show`);
    await phone.getByRole('button', { name: '验证', exact: true }).click();
    await expect.poll(() => phone.getByRole('status').filter({ hasText: '验证通过' }).count()).toBe(1);
    const panel = phone.getByRole('region', { name: '在浏览器中验证抽取结果' });
    expect((await panel.boundingBox())!.width).toBeLessThanOrEqual(375);
    await phone.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(phone, '02-officer-verify-passed-375');
    await context.close();
  });

  it('the same record with one character of a selected entity code altered fails at the selection step', async () => {
    const code = record.selected[0];
    const altered = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    await feed('altered-selected.json', { ...record, selected: [altered, ...record.selected.slice(1)] });
    await expect.poll(() => status().innerText()).toBe('验证未通过：本地文件“altered-selected.json”在“抽中的检查对象 (§4)”一步与算法重算结果不符。');
    expect(await stepRow('seed').getAttribute('data-passed')).toBe('true');
    expect(await stepRow('selection').getAttribute('data-passed')).toBe('false');
    await stepRow('selection').getByText(altered).waitFor();
    await shot('03-file-altered-selection-fails');
  });

  it('with one character of the seed altered it fails at the seed step', async () => {
    const seed = (record.seed[0] === 'a' ? 'b' : 'a') + record.seed.slice(1);
    await feed('altered-seed.json', { ...record, seed });
    await expect.poll(() => status().innerText()).toBe('验证未通过：本地文件“altered-seed.json”在“种子 (§1)”一步与算法重算结果不符。');
    expect(await stepRow('seed').getAttribute('data-passed')).toBe('false');
    await stepRow('seed').getByText(seed).waitFor();
    await shot('04-file-altered-seed-fails');
  });

  it('a file that is not JSON is refused with a sentence saying so', async () => {
    await page.getByLabel('验证本地记录文件 (JSON)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('不是 JSON') });
    await expect.poll(() => status().innerText()).toBe('无法验证本地文件“notes.json”：文件不是有效的 JSON');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startHarness, type Harness } from './harness.js';

/**
 * Dates in the admin are China's: a user whose PC is set to New York sees the times a user in Qingdao sees, written
 * as the UI's language writes them (not as the browser's zone and locale would).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness('dates');
});
afterAll(() => h?.close());

const chinaTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
const chinaDate = (iso: string) => new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });

describe('dates on a PC set to another time zone', { timeout: 60_000 }, () => {
  it('admin in America/New_York sees the units’ and the loans’ times in China time', async () => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    await login(page, 'admin');

    const units = (await (await page.request.get('/api/units?range=[0,99]')).json()) as { name: string; updatedAt: string }[];
    await page.goto('/#/units');
    const row = page.locator('tbody tr').first();
    await row.waitFor();
    const name = (await row.locator('td.column-name').innerText()).trim();
    const unit = units.find((u) => u.name === name)!;
    expect(await row.locator('td.column-updatedAt').innerText()).toBe(chinaTime(unit.updatedAt));
    // The New York reading is another hour (and here another day): the test tells the two apart.
    expect(chinaTime(unit.updatedAt)).not.toBe(new Date(unit.updatedAt).toLocaleString('zh-CN', { timeZone: 'America/New_York' }));

    // A timestamp shown as a date: the day it was in Qingdao.
    const lead = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'zh-CN', timezoneId: 'America/New_York' });
    const officer = await lead.newPage();
    await login(officer, 'city.officer');
    const loans = (await (await officer.request.get('/api/loans?range=[0,99]')).json()) as { id: number; createdAt: string }[];
    await officer.goto('/#/loans');
    const loanRow = officer.locator('tbody tr').first();
    await loanRow.waitFor();
    const id = Number((await loanRow.locator('td.column-id').innerText()).trim());
    const loan = loans.find((l) => l.id === id)!;
    expect(await loanRow.locator('td.column-createdAt').innerText()).toBe(chinaDate(loan.createdAt));
    await context.close();
    await lead.close();
  });
});

import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, login, startHarness, type Harness } from './harness.js';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('library-paging');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

/** The `range` of every list request the page makes to one resource, in order. */
function watchRanges(p: Page, resource: string): string[] {
  const ranges: string[] = [];
  p.on('request', (r) => {
    const url = new URL(r.url());
    // The grid's own requests: the home page's count of late records and the page's namesake check are other queries.
    if (url.pathname === `/api/${resource}` && r.method() === 'GET' && !/"overdue":true|"name":\[/.test(url.searchParams.get('filter') ?? ''))
      ranges.push(url.searchParams.get('range') ?? '');
  });
  return ranges;
}

const footer = (p: Page) => p.locator('.MuiTablePagination-displayedRows');
const firstName = (p: Page) => p.locator('.MuiDataGrid-row').first().locator('[data-field="name"]').innerText();
/** A moment for any request the last change may still cause (the page has loaded when this is called). */
const settle = (p: Page) => p.waitForTimeout(700);
const n = (x: number) => x.toLocaleString('en-US');
/** The footer's range as numbers: "26–50 共 2,000" → [26, 50, 2000]. */
async function shown(p: Page): Promise<number[]> {
  const m = (await footer(p).innerText()).match(/^([\d,]+)–([\d,]+) 共 ([\d,]+)$/);
  return m ? m.slice(1).map((x) => Number(x.replaceAll(',', ''))) : [];
}

async function pagesThrough(p: Page, resource: string, total: number, label: string) {
  const ranges = watchRanges(p, resource);
  await p.goto(`/#/${resource}?filter=${encodeURIComponent('{}')}&page=1&perPage=25`);
  await p.reload();
  await p.locator('.MuiDataGrid-row').first().waitFor();
  await expect.poll(() => footer(p).innerText()).toBe(`1–25 共 ${total.toLocaleString('en-US')}`);
  const first = await firstName(p);

  // 下一页 asks for rows 25–49 once, and stays there.
  ranges.length = 0;
  await p.getByRole('button', { name: '下一页' }).click();
  await expect.poll(() => footer(p).innerText()).toBe(`26–50 共 ${total.toLocaleString('en-US')}`);
  await expect.poll(() => ranges.length).toBeGreaterThan(0);
  await settle(p);
  expect(ranges).toEqual(['[25,49]']);
  expect(p.url()).toContain('page=2');
  await expect.poll(() => firstName(p)).not.toBe(first);

  // To the last page and back to the first.
  const last = Math.ceil(total / 25);
  await p.getByRole('button', { name: '最后一页' }).click();
  await expect.poll(() => footer(p).innerText()).toBe(`${n((last - 1) * 25 + 1)}–${n(total)} 共 ${n(total)}`);
  expect(p.url()).toContain(`page=${last}`);
  await h.screenshot(p, `${label}-last-page`);
  await p.getByRole('button', { name: '第一页' }).click();
  await expect.poll(() => footer(p).innerText()).toBe(`1–25 共 ${total.toLocaleString('en-US')}`);
  await expect.poll(() => firstName(p)).toBe(first);

  // A deep link opens its page and keeps it.
  await p.goto(`/#/${resource}?filter=${encodeURIComponent('{}')}&page=3&perPage=25&sort=name&order=ASC`);
  await expect.poll(() => footer(p).innerText()).toBe(`51–75 共 ${total.toLocaleString('en-US')}`);
  await settle(p);
  // Opened afresh (a bookmark, a shared link): one request, for that page.
  ranges.length = 0;
  await p.reload();
  await expect.poll(() => footer(p).innerText()).toBe(`51–75 共 ${total.toLocaleString('en-US')}`);
  await settle(p);
  expect(ranges).toEqual(['[50,74]']);
  expect(p.url()).toContain('page=3');

  // A larger page size keeps the grid on a page that exists.
  ranges.length = 0;
  await p.getByRole('combobox', { name: /每页行数/ }).click();
  await p.getByRole('option', { name: '50', exact: true }).click();
  await expect.poll(() => p.url()).toContain('perPage=50');
  await expect
    .poll(async () => {
      const [from, to] = await shown(p);
      return to - from + 1;
    })
    .toBe(50);
  await settle(p);
  await expect.poll(() => p.locator('.MuiDataGrid-row').count()).toBe(50);

  // Sorting goes back to page 1, with one request.
  await p.getByRole('button', { name: '下一页' }).click();
  await expect.poll(() => footer(p).innerText()).toMatch(/^51–100 /);
  await settle(p);
  ranges.length = 0;
  await p.locator('.MuiDataGrid-columnHeader[data-field="name"] .MuiDataGrid-columnHeaderTitleContainer').click();
  await expect.poll(() => p.url()).toContain('order=DESC');
  await expect.poll(() => ranges.length).toBeGreaterThan(0);
  await settle(p);
  expect(ranges).toEqual(['[0,49]']);
  expect(p.url()).toContain('page=1');
}

describe('paging the library grids', { timeout: 90_000 }, () => {
  it('pages the entity library (检查对象名录库) to its last page and back, by deep link, size, sort and filter', async () => {
    page = await h.newPage();
    await login(page, 'city.officer');
    await pagesThrough(page, 'entities', 2000, 'entities');

    // A filter goes back to page 1, with one request.
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => footer(page).innerText()).toMatch(/^51–100 /);
    await settle(page);
    const ranges = watchRanges(page, 'entities');
    await choose(page, '区（市）', '市南区');
    await expect.poll(() => ranges.length).toBeGreaterThan(0);
    await settle(page);
    expect(page.url()).toContain('page=1');
    expect(ranges).toEqual(['[0,49]']);
    await expect.poll(() => footer(page).innerText()).toMatch(/^1–50 共 \d+$/);
  });

  it('pages the inspector library (执法人员名录库) to its last page and back, by deep link, size and sort', async () => {
    page = await h.newPage();
    await login(page, 'admin');
    await pagesThrough(page, 'inspectors', 120, 'inspectors');
  });
});

describe('the entity grid, loaded on demand (issue 13)', { timeout: 60_000 }, () => {
  it('opens on a cold cache: its code is fetched when the page is first opened, not before, and the grid shows its rows', async () => {
    // The chunk that holds the data grid, from the build's own report (vite.config.ts).
    const chunks: { file: string; modules: { id: string }[] }[] = JSON.parse(fs.readFileSync('dist/.vite/bundle.json', 'utf8'));
    const gridModules = (c: (typeof chunks)[number]) => c.modules.filter((m) => m.id.includes('node_modules/@mui/x-data-grid/')).length;
    const grid = chunks.reduce((a, b) => (gridModules(b) > gridModules(a) ? b : a)).file;
    page = await h.newPage(); // a new context: an empty cache
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await login(page, 'city.officer');
    await expect.poll(() => page.locator('main').innerText()).toContain('我的待办');
    expect(fetched.filter((f) => f.endsWith(grid))).toEqual([]);

    await page.goto('/#/entities');
    await expect.poll(() => page.locator('.MuiDataGrid-row').count()).toBe(25);
    expect(fetched.filter((f) => f.endsWith(grid))).toEqual([`/${grid}`]);
    await expect.poll(() => footer(page).innerText()).toBe('1–25 共 2,000');
  });
});

import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, startHarness, type Harness } from './harness.js';
import { INSPECTOR_TEAM_ASSIGNMENT, OTHER_TEAM_ASSIGNMENT, onsiteBody } from '../support/results.js';

/**
 * Issue 10 part 6 in Chromium: the inspector and the head of office press 打印事先告知书 / 打印检查记录表 /
 * 打印责令改正通知书 where they work (我的检查任务, the result page, the task's 抽取结果); each download arrives under
 * the server's file name and opens as a Word document about the entity and the task, and a button is missing where
 * the server would refuse the document (§9.3.2.2, §9.3.2.3c).
 */
let h: Harness;
let page: Page;
let entityName: string;
let otherEntityName: string;
let resultId: number;
const TASK = 'SN-2026-002';
const PROBLEM = '未按规定签订书面劳动合同 3 人';
/** 冯雪's team's result that found a problem (a draft). */
const FOUND = { category: 'problem_pending', problems: PROBLEM, measures: ['rectify'], measureForms: ['written'] };

beforeAll(async () => {
  h = await startHarness('documents');
  const names = await h.db.query<{ id: number; name: string }>(
    'SELECT a.id, e.name FROM assignments a JOIN entities e ON e.id = a."entityId" WHERE a.id = ANY($1)',
    [[INSPECTOR_TEAM_ASSIGNMENT, OTHER_TEAM_ASSIGNMENT]],
  );
  entityName = names.find((n) => n.id === INSPECTOR_TEAM_ASSIGNMENT)!.name;
  otherEntityName = names.find((n) => n.id === OTHER_TEAM_ASSIGNMENT)!.name;
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

/** Presses a print button and reads what arrives: the suggested file name and the text of word/document.xml. */
async function download(p: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([p.waitForEvent('download'), button.click()]);
  expect(await d.failure()).toBeNull();
  const xml = await (await JSZip.loadAsync(fs.readFileSync(await d.path()))).file('word/document.xml')!.async('string');
  return { name: d.suggestedFilename(), text: xml.replace(/<[^>]+>/g, '') };
}

/** A result page's print button. */
const print = (p: Page, label: string) => p.getByRole('link', { name: label, exact: true });

/** The open 打印文书 menu of a list row. */
const printMenu = (p: Page) => p.getByRole('menu', { name: '打印文书' });
/** Opens a row's 打印文书 menu: the names of the documents it offers. */
async function rowMenu(p: Page, row: Locator): Promise<string[]> {
  if (!(await printMenu(p).isVisible())) await row.getByRole('button', { name: '打印文书' }).click();
  await printMenu(p).waitFor();
  return (await printMenu(p).getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
}
/** Opens a row's menu and picks a document from it. */
async function fromRow(p: Page, row: Locator, label: string): Promise<Locator> {
  await rowMenu(p, row);
  return printMenu(p).getByRole('menuitem', { name: label, exact: true });
}
const closeMenu = async (p: Page) => {
  await p.keyboard.press('Escape');
  await printMenu(p).waitFor({ state: 'hidden' });
};

/** The API with the page's session (same origin): a result saved as the team saves it. */
async function saveResult(p: Page, changes: Record<string, unknown>): Promise<number> {
  return p.evaluate(
    async ({ id, body }) => {
      const json = { 'Content-Type': 'application/json' };
      if (!id) return (await (await fetch('/api/results', { method: 'POST', headers: json, body: JSON.stringify(body) })).json()).id as number;
      const current = await (await fetch(`/api/results/${id}`)).json();
      const res = await fetch(`/api/results/${id}`, { method: 'PUT', headers: json, body: JSON.stringify({ ...body, version: current.version }) });
      if (!res.ok) throw new Error(`PUT ${res.status}`);
      return id;
    },
    { id: resultId, body: { ...onsiteBody(), ...changes } },
  );
}

describe('printable documents', () => {
  it('the inspector prints the notice and the blank record form before the visit, the filled form and the order to rectify after', async () => {
    page = await signIn('shinan.inspector');
    await page.goto('/#/assignments');
    const row = page.locator('tr', { hasText: entityName }).filter({ hasText: TASK });
    expect(await rowMenu(page, row)).toEqual(['打印事先告知书', '打印检查记录表']);
    await h.screenshot(page, 'inspector-assignments');
    await closeMenu(page);

    const notice = await download(page, await fromRow(page, row, '打印事先告知书'));
    expect(notice.name).toBe(`事先告知书-${TASK}-${entityName}.docx`);
    for (const s of ['双随机抽查事先告知书', entityName, TASK]) expect(notice.text).toContain(s);

    const blank = await download(page, await fromRow(page, row, '打印检查记录表'));
    expect(blank.name).toBe(`检查记录表-${TASK}-${entityName}.docx`);
    for (const s of ['双随机抽查检查记录表', entityName, TASK]) expect(blank.text).toContain(s);
    expect(blank.text).not.toContain('☑');

    resultId = await saveResult(page, FOUND);
    await page.reload();
    await row.getByRole('button', { name: '继续录入' }).waitFor();
    expect(await rowMenu(page, row)).toEqual(['打印事先告知书', '打印检查记录表', '打印责令改正通知书']);
    const filled = await download(page, printMenu(page).getByRole('menuitem', { name: '打印检查记录表' }));
    expect(filled.name).toBe(`检查记录表-${TASK}-${entityName}.docx`);
    for (const s of [entityName, TASK, PROBLEM, '☑发现问题待后续处理']) expect(filled.text).toContain(s);

    await page.goto(`/#/results/${resultId}`);
    await print(page, '打印事先告知书').waitFor();
    await h.screenshot(page, 'inspector-result');
    const order = await download(page, print(page, '打印责令改正通知书'));
    expect(order.name).toBe(`责令改正通知书-${TASK}-${entityName}.docx`);
    for (const s of ['责令改正通知书', entityName, TASK, PROBLEM]) expect(order.text).toContain(s);
    await page.setViewportSize({ width: 375, height: 812 });
    await h.screenshot(page, 'inspector-result-phone');

    // A check not to announce (§9.3.2.2) has no prior notice.
    await saveResult(page, { ...FOUND, noticeMode: 'not_advisable', noticeDate: null, noticeNotAdvisableReason: '举报线索，事先告知可能妨碍检查' });
    await page.reload();
    await print(page, '打印检查记录表').waitFor();
    expect(await print(page, '打印事先告知书').count()).toBe(0);
    expect(await print(page, '打印责令改正通知书').count()).toBe(1);
  });

  it('the head of office prints from the task’s 抽取结果: the filled form where a result is entered, the blank one elsewhere', async () => {
    page = await signIn('shinan.chief');
    const [task] = await page.evaluate(
      async (code) => (await fetch(`/api/tasks?filter=${encodeURIComponent(JSON.stringify({ code }))}`)).json() as Promise<{ id: number }[]>,
      TASK,
    );
    await page.goto(`/#/tasks/${task.id}/show`);
    const results = page.locator('section', { has: page.getByRole('heading', { name: '抽取结果', exact: true }) });
    const entered = results.locator('tr', { hasText: entityName });
    const pending = results.locator('tr', { hasText: otherEntityName });
    await entered.getByRole('button', { name: '打印文书' }).waitFor();
    await h.screenshot(page, 'chief-task-results');
    expect(await rowMenu(page, entered)).toEqual(['打印检查记录表', '打印责令改正通知书']);
    await h.screenshot(page, 'chief-task-results-menu');
    await closeMenu(page);
    expect(await rowMenu(page, pending)).toEqual(['打印事先告知书', '打印检查记录表']);
    await closeMenu(page);

    const order = await download(page, await fromRow(page, entered, '打印责令改正通知书'));
    expect(order.name).toBe(`责令改正通知书-${TASK}-${entityName}.docx`);
    for (const s of [entityName, TASK, PROBLEM]) expect(order.text).toContain(s);

    const filled = await download(page, await fromRow(page, entered, '打印检查记录表'));
    for (const s of [entityName, TASK, PROBLEM, '☑不宜事先告知']) expect(filled.text).toContain(s);

    const blank = await download(page, await fromRow(page, pending, '打印检查记录表'));
    expect(blank.name).toBe(`检查记录表-${TASK}-${otherEntityName}.docx`);
    for (const s of [otherEntityName, TASK]) expect(blank.text).toContain(s);
    expect(blank.text).not.toContain('☑');

    const notice = await download(page, await fromRow(page, pending, '打印事先告知书'));
    expect(notice.name).toBe(`事先告知书-${TASK}-${otherEntityName}.docx`);
    for (const s of [otherEntityName, TASK]) expect(notice.text).toContain(s);
  });
});

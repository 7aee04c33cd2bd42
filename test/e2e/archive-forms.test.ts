import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, login, startHarness, type Harness } from './harness.js';

/**
 * The archive forms saved and read back after a reload (归档 by hand, 申请变更), and the loans and change-request
 * lists paged to their last page and back, in Chromium.
 */
let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness('archive-forms');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

async function signIn(username: string): Promise<Page> {
  const p = await h.newPage();
  await p.setViewportSize({ width: 1440, height: 900 });
  await login(p, username);
  page = p;
  return p;
}

/** Beside the menu every table shows whole, its last column (办理) included: none scrolls sideways in its box. */
async function expectTablesFit(p: Page) {
  const overflow = await p.evaluate(() => [...document.querySelectorAll('table')].map((t) => t.scrollWidth - t.parentElement!.clientWidth));
  expect(overflow.length).toBeGreaterThan(0);
  expect(overflow.filter((px) => px > 1)).toEqual([]);
}

const notified = (p: Page, text: string) => p.locator('.MuiSnackbar-root').getByText(text).waitFor();
/** The list's total as the API counts it for this user (Content-Range: loans 0-0/15). */
async function totalOf(p: Page, resource: string): Promise<number> {
  const res = await p.request.get(`/api/${resource}?range=${encodeURIComponent('[0,0]')}`);
  return Number(res.headers()['content-range']?.split('/')[1]);
}

/** Pages a list of `perPage` rows to its second page, its last page (where `lastRow` shows) and back to the first. */
async function pageThrough(p: Page, resource: string, perPage: number, lastRow: RegExp, firstRow: RegExp) {
  const total = await totalOf(p, resource);
  const pages = Math.ceil(total / perPage);
  expect(pages).toBeGreaterThanOrEqual(3);
  await p.goto(`/#/${resource}?perPage=${perPage}&page=1`);
  await p.getByText(firstRow).first().waitFor();
  await p.getByText(`第 1–${perPage} 条，共 ${total} 条`).waitFor();
  const pager = p.locator('.MuiPagination-ul');
  await pager.locator('li').last().getByRole('button').click();
  await p.getByText(`第 ${perPage + 1}–${2 * perPage} 条，共 ${total} 条`).waitFor();
  expect(p.url()).toContain('page=2');
  await pager.getByRole('button', { name: new RegExp(`\\b${pages}\\b`) }).click();
  await p.getByText(`第 ${(pages - 1) * perPage + 1}–${total} 条，共 ${total} 条`).waitFor();
  await p.getByText(lastRow).first().waitFor();
  await h.screenshot(p, `${resource}-last-page`);
  await pager.getByRole('button', { name: /\b1\b/ }).click();
  await p.getByText(`第 1–${perPage} 条，共 ${total} 条`).waitFor();
  await p.getByText(firstRow).first().waitFor();
}

describe('archive forms and lists in Chromium', { timeout: 120_000 }, () => {
  it('city.archivist files an archive by hand with two documents; after a reload the archive and its documents are there', async () => {
    const p = await signIn('city.archivist');
    await p.goto('/#/archives/create');
    await choose(p, '所属条线（实施机构）', '劳动关系处');
    await p.getByRole('textbox', { name: /^题名/ }).fill('2026年度劳动关系专项抽查（手工归档）');
    await p.getByLabel('档号').fill('QD-GX-2026-101');
    await p.getByLabel('文书题名').first().fill('随机抽取记录');
    await p.getByLabel('页数').first().fill('3');
    await p.getByRole('button', { name: '增加' }).click();
    await p.getByLabel('文书题名').nth(1).fill('现场检查记录表');
    await p.getByRole('combobox', { name: '种类' }).nth(1).click();
    await p.getByRole('option', { name: '检查记录', exact: true }).click();
    await p.getByLabel('页数').nth(1).fill('7');
    await p.getByLabel('保管人').fill('档案室 陈静');
    await p.getByLabel('存放位置').fill('档案室 C-03-01');
    await h.screenshot(p, 'archive-create-form');
    await p.getByRole('button', { name: '保存' }).click();
    await notified(p, '已归档');
    await p.waitForURL(/#\/archives\/\d+\/show/);
    await p.reload();
    await p.getByRole('heading', { name: '卷内文书' }).waitFor();
    await p.getByText('2026年度劳动关系专项抽查（手工归档）').waitFor();
    await p.getByText('QD-GX-2026-101').first().waitFor();
    await p.getByText('档案室 C-03-01').waitFor();
    const documents = p.locator('section').filter({ has: p.getByRole('heading', { name: '卷内文书' }) });
    await documents.getByRole('row').filter({ hasText: '随机抽取记录' }).getByRole('cell', { name: '3', exact: true }).waitFor();
    await documents.getByRole('row').filter({ hasText: '现场检查记录表' }).getByRole('cell', { name: '检查记录', exact: true }).waitFor();
    expect(await documents.getByRole('row').count()).toBe(3);
    await h.screenshot(p, 'archive-created');
  });

  it('city.officer asks to correct an archive’s location from its page; after a reload the request is listed with its value', async () => {
    const p = await signIn('city.officer');
    await p.goto('/#/archives/3/show');
    await p.getByRole('link', { name: '申请变更' }).click();
    await expect.poll(() => p.getByRole('combobox', { name: /^档案/ }).inputValue()).toContain('QD-JC-2025-003');
    await p.getByLabel('更正著录项').check();
    await choose(p, '更正项目', '存放位置');
    await p.getByLabel('更正为').fill('档案室 B-02-01');
    await p.getByLabel('变更内容').fill('存放位置更正为档案室 B-02-01（e2e）');
    await p.getByLabel('变更理由').fill('档案柜调整');
    await h.screenshot(p, 'change-create-form');
    await p.getByRole('button', { name: '保存' }).click();
    await notified(p, '变更申请已提交，等待部门负责人审定，审定后生效');
    await p.waitForURL(/#\/archiveChanges(\?|$)/);
    await p.reload();
    const row = p.getByRole('row').filter({ hasText: '存放位置更正为档案室 B-02-01（e2e）' });
    await row.getByText('更正著录项：存放位置 → 档案室 B-02-01').waitFor();
    await row.getByText('待审定').waitFor();
    await h.screenshot(p, 'change-listed');
    await expectTablesFit(p);
  });

  it('city.chief reads its loans and change requests with their decision buttons, every column in view at 1440 pixels', async () => {
    const p = await signIn('city.chief');
    await p.goto('/#/archiveChanges');
    await p.getByRole('button', { name: '审定同意' }).first().waitFor();
    await h.screenshot(p, 'chief-change-list');
    await expectTablesFit(p);
    await p.goto('/#/loans');
    await p.getByRole('button', { name: '同意' }).first().waitFor();
    await h.screenshot(p, 'chief-loan-list');
    await expectTablesFit(p);
  });

  it('city.officer pages its loans to the last page and back', async () => {
    const p = await signIn('city.officer');
    for (let i = 1; i <= 6; i++) {
      const res = await p.request.post('/api/loans', { data: { archiveIds: [8], purpose: `分页用借阅申请 ${i}`, dueDate: '2027-02-01' } });
      expect(res.status(), await res.text()).toBe(201);
    }
    // Newest first: the last page ends with the demo's first loan (of QD-JC-2024-009).
    await pageThrough(p, 'loans', 5, /复核2024年度职业中介机构抽查的整改落实情况/, /分页用借阅申请 6/);
  });

  it('city.officer pages the change requests to the last page and back', async () => {
    const p = await signIn('city.officer');
    for (let i = 1; i <= 5; i++) {
      const res = await p.request.post('/api/archiveChanges', {
        data: {
          archiveId: 1,
          kind: 'addDocument',
          document: { title: `补充材料 ${i}`, kind: 'other', pages: 1 },
          content: `分页用变更申请 ${i}`,
          reason: '补充归档',
        },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
    // Newest first: the last page ends with the demo's first change (a correction of QD-JC-2025-001's location).
    await pageThrough(p, 'archiveChanges', 3, /存放位置更正为 档案室 A-01-06/, /分页用变更申请 5/);
  });
});

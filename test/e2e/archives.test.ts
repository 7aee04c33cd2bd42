import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, startHarness, type Harness } from './harness.js';

/**
 * Issue 11 end to end: city.officer asks to borrow an archive from its page; city.chief approves from 我的待办,
 * city.leader approves from 我的待办, city.archivist checks it out and takes it back 污损 from its desk, and city.chief
 * reads the finding and closes the loan; the loan's page shows every step. Also: a change approved from the chief's
 * home enters the archive's change log, the archive list's second and last pages, and the phone.
 */
let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness('archives');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 812 };

async function signIn(username: string, viewport = DESKTOP): Promise<Page> {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  await p.goto('/#/login');
  await p.locator('input[name="username"]').fill(username);
  await p.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await p.locator('button[type="submit"]').click();
  await p.getByRole('heading', { name: '我的待办', level: 1 }).waitFor();
  page = p;
  return p;
}

const card = (p: Page, kind: string) => p.locator(`[data-todo="${kind}"]`);
const notified = (p: Page, text: string) => p.locator('.MuiSnackbar-root').getByText(text).waitFor();
const loanJson = async (p: Page, id: number) => (await p.request.get(`/api/loans/${id}`)).json();

/** Nothing on the page needs sideways scrolling: not the page itself, and no table is wider than its container. */
async function expectFits(p: Page) {
  const widths = await p.evaluate(() => ({
    page: document.scrollingElement!.scrollWidth,
    tables: [...document.querySelectorAll('table')]
      .filter((t) => t.getBoundingClientRect().width > t.parentElement!.getBoundingClientRect().width + 1)
      .map((t) => t.closest('section')?.querySelector('h2,h3,h6')?.textContent ?? t.outerHTML.slice(0, 80)),
  }));
  expect(widths).toEqual({ page: expect.any(Number), tables: [] });
  expect(widths.page).toBeLessThanOrEqual(375);
}

const ARCHIVE = 'QD-JC-2024-009';
const PURPOSE = '核对2024年度职业中介机构抽查的处理情况（e2e）';

describe('archive loans, from the request to the closed report', { timeout: 180_000 }, () => {
  let loanId = 0;

  it('city.officer pages the archive list and asks to borrow an archive from its page', async () => {
    const p = await signIn('city.officer');
    await p.goto('/#/archives?perPage=3&page=1');
    await p.getByRole('cell', { name: 'QD-GX-2025-001' }).waitFor();
    const pager = p.locator('.MuiPagination-ul');
    await pager.locator('li').last().getByRole('button').click();
    await p.getByText('第 4–6 条').waitFor();
    await pager.getByRole('button', { name: /3/ }).click();
    await p.getByText('第 7–8 条，共 8 条').waitFor();
    await p.getByRole('cell', { name: 'QD-JC-2025-001' }).waitFor();
    await h.screenshot(p, 'officer-archive-list-last-page');

    await p.goto('/#/archives?perPage=25&page=1');
    await p.getByRole('link', { name: ARCHIVE }).click();
    await p.getByRole('heading', { name: '卷内文书' }).waitFor();
    await p.getByRole('heading', { name: '变更记录（§12.3）' }).waitFor();
    await p.getByRole('link', { name: '申请借阅' }).click();
    await p
      .getByText(/2024年度职业中介机构抽查/)
      .first()
      .waitFor();
    await p.getByLabel('借阅目的').fill(PURPOSE);
    await p.getByLabel('归还期限').fill('2027-01-15');
    await p.getByLabel('需要复印（§12.4.1）').check();
    await h.screenshot(p, 'officer-loan-form');
    await p.getByRole('button', { name: '保存' }).click();
    await notified(p, '借阅申请已提交，等待部门负责人审批');
    await p.getByText('待部门负责人审批').first().waitFor();
    loanId = Number(p.url().match(/loans\/(\d+)\/show/)?.[1]);
    expect(loanId).toBeGreaterThan(0);
    await p.reload();
    await p.getByText(PURPOSE).first().waitFor();
    await p.getByRole('listitem').filter({ hasText: '提出申请' }).waitFor();
    const loan = await loanJson(p, loanId);
    expect(loan).toMatchObject({ status: 'requested', purpose: PURPOSE, dueDate: '2027-01-15', copiesNeeded: true });
  });

  it('city.chief approves from its home page and is told it goes to the leader', async () => {
    const p = await signIn('city.chief');
    const row = card(p, 'loansToDecide').getByRole('listitem').filter({ hasText: PURPOSE });
    await h.screenshot(p, 'chief-home');
    await row.getByRole('button', { name: '同意' }).click();
    await p.getByRole('dialog').getByText(PURPOSE).waitFor();
    await p.getByRole('dialog').getByLabel('审批意见').fill('同意借阅');
    await p.getByRole('dialog').getByRole('button', { name: '同意' }).click();
    await notified(p, '已同意，转分管领导审批');
    await row.waitFor({ state: 'detached' });
    expect((await loanJson(p, loanId)).status).toBe('chiefApproved');
  });

  it('city.leader approves from its home page; the archivist is next', async () => {
    const p = await signIn('city.leader');
    const row = card(p, 'loansToDecide').getByRole('listitem').filter({ hasText: PURPOSE });
    await row.waitFor();
    await h.screenshot(p, 'leader-home');
    await row.getByRole('button', { name: '同意' }).click();
    // The leader decides with the department head's approval in view: who, when, what they wrote.
    const dialog = p.getByRole('dialog');
    await dialog.getByText(/^部门负责人 张伟（负责人） 于 .+ 同意$/).waitFor();
    await dialog.getByText('同意借阅', { exact: true }).waitFor();
    await h.screenshot(p, 'leader-approve-dialog');
    await dialog.getByRole('button', { name: '同意' }).click();
    await notified(p, '已批准，待档案管理人员办理借出');
    await row.waitFor({ state: 'detached' });
    expect((await loanJson(p, loanId)).status).toBe('approved');
  });

  it('city.archivist checks it out, registers a copy and takes it back soiled from its desk', async () => {
    const p = await signIn('city.archivist');
    await h.screenshot(p, 'archivist-desk');
    // The overdue demo loan (due 2026-11-30) leads the loans out, flagged.
    await card(p, 'loansOut').getByRole('listitem').first().getByText('逾期').waitFor();
    await card(p, 'loansToCheckOut').getByRole('listitem').filter({ hasText: PURPOSE }).getByRole('button', { name: '登记借出' }).click();
    await p.getByRole('dialog').getByRole('button', { name: '登记借出' }).click();
    await notified(p, '已登记借出，请提醒借阅人按期归还');
    const out = card(p, 'loansOut').getByRole('listitem').filter({ hasText: PURPOSE });
    await out.getByRole('button', { name: '登记复印' }).click();
    const copy = p.getByRole('dialog');
    await copy.getByLabel('复印内容').fill('检查记录表第2页');
    await copy.getByLabel('页数').fill('1');
    await copy.getByRole('button', { name: '登记复印' }).click();
    await notified(p, '复印已登记');
    await out.getByRole('button', { name: '登记归还' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('污损').check();
    await dialog.getByRole('button', { name: '登记归还' }).click();
    // A finding needs a note (§12.4.4): refused in the form, nothing sent.
    await dialog.getByText('发现拆封、短缺或污损时请注明有关情况（§12.4.4）').waitFor();
    expect((await loanJson(p, loanId)).status).toBe('checkedOut');
    await dialog.getByLabel('情况说明').fill('第3页有水渍');
    await h.screenshot(p, 'archivist-return-dialog');
    await dialog.getByRole('button', { name: '登记归还' }).click();
    await notified(p, '已登记归还；发现的问题已报部门负责人阅处');
    const loan = await loanJson(p, loanId);
    expect(loan).toMatchObject({ status: 'returned', condition: 'soiled', conditionNote: '第3页有水渍', finding: true });
    expect(loan.copies).toHaveLength(1);
    // The finding marks the archive itself until the chief closes the loan.
    await p.goto('/#/archives/6/show');
    const finding = p.getByRole('alert').filter({ hasText: '归还时发现：污损 — 第3页有水渍' });
    await finding.getByText('待部门负责人阅知后结案（§12.4.4）').waitFor();
    await h.screenshot(p, 'archive-open-finding');
  });

  it('city.chief reads the finding on its home page and closes the loan; the loan page shows every step', async () => {
    const p = await signIn('city.chief');
    const row = card(p, 'loanFindings').getByRole('listitem').filter({ hasText: PURPOSE });
    await row.getByText('第3页有水渍').waitFor();
    await row.getByRole('button', { name: '结案' }).click();
    await p.getByRole('dialog').getByLabel('处理意见').fill('已提醒借阅人妥善保管');
    await p.getByRole('dialog').getByRole('button', { name: '结案' }).click();
    await notified(p, '已结案');
    await p.goto(`/#/loans/${loanId}/show`);
    for (const step of ['提出申请', '同意', '登记借出', '登记归还', '结案']) {
      await p.getByRole('listitem').filter({ hasText: step }).first().waitFor();
    }
    await p.getByText('检查记录表第2页').waitFor();
    await p.getByText('已结案').first().waitFor();
    await h.screenshot(p, 'chief-loan-page');
    expect((await loanJson(p, loanId)).status).toBe('closed');
    // Closed, the finding stays in the archive's history, with the chief's note and a way back to the loan.
    await p.goto('/#/archives/6/show');
    const finding = p.getByRole('alert').filter({ hasText: '归还时发现：污损 — 第3页有水渍' });
    await finding.getByText(/张伟（负责人） 已结案：已提醒借阅人妥善保管/).waitFor();
    expect(await finding.getByText('待部门负责人阅知后结案（§12.4.4）').count()).toBe(0);
    await h.screenshot(p, 'archive-closed-finding');
    await finding.getByRole('link', { name: `借阅 #${loanId}` }).click();
    await p.waitForURL(new RegExp(`/loans/${loanId}/show`));
    await p.getByRole('heading', { name: '办理过程' }).waitFor();
  });

  it("city.chief approves city.officer's pending change from its home page; the archive's change log shows it", async () => {
    const p = await signIn('city.chief');
    const row = card(p, 'changesToDecide').getByRole('listitem').first();
    await row.getByRole('button', { name: '审定同意' }).click();
    await p.getByRole('dialog').getByRole('button', { name: '审定同意' }).click();
    await notified(p, '已审定，变更已生效并记入档案的变更记录');
    await p.goto('/#/archives/2/show');
    const log = p.locator('section').filter({ has: p.getByRole('heading', { name: '变更记录（§12.3）' }) });
    await log.getByRole('row').nth(1).waitFor();
    expect(await log.getByRole('row').count()).toBe(2);
    await h.screenshot(p, 'chief-archive-page');
  });

  it('shinan.archivist files a completed task (归档) from its page: one archive of its draw record, results and evidence', async () => {
    // Fixture: 冯雪 (shinan.inspector) on every team of SN-2026-002, so one account enters and confirms all its results.
    const [{ id: taskId }] = await h.db.query<{ id: number }>(`SELECT id FROM tasks WHERE code = 'SN-2026-002'`);
    await h.db.query(`UPDATE assignments SET "inspectorIds" = ARRAY[23, 26], "inspectorUserIds" = ARRAY[13] WHERE "taskId" = $1`, [taskId]);
    const inspector = await signIn('shinan.inspector');
    const assignments = await h.db.query<{ id: number }>('SELECT id FROM assignments WHERE "taskId" = $1 AND active ORDER BY id', [taskId]);
    for (const { id: assignmentId } of assignments) {
      const res = await inspector.request.post('/api/results', {
        data: { assignmentId, methods: ['document'], category: 'no_problem', responsibleInspectorId: 23 },
      });
      expect(res.status(), await res.text()).toBe(201);
      expect((await inspector.request.post(`/api/results/${(await res.json()).id}/confirm`, { data: {} })).status()).toBe(200);
    }
    const p = await signIn('shinan.archivist');
    await p.goto(`/#/tasks/${taskId}/show`);
    await p.getByRole('button', { name: '归档' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('档号').fill('SN-JC-2026-002');
    await dialog.getByLabel('保管人').fill('档案室 王芳');
    await dialog.getByLabel('存放位置').fill('档案室 A-05-02');
    await h.screenshot(p, 'archivist-file-task');
    await dialog.getByRole('button', { name: '归档' }).click();
    await notified(p, '已归档');
    await p.getByRole('link', { name: 'SN-JC-2026-002' }).click();
    await p.getByRole('heading', { name: '卷内文书' }).waitFor();
    await p.getByRole('cell', { name: /SN-2026-002 检查结果（\d+ 户）/ }).waitFor();
    await p.getByRole('cell', { name: /SN-2026-002 证据清单/ }).waitFor();
    await p.reload();
    await p.getByRole('cell', { name: /SN-2026-002 随机抽取记录/ }).waitFor();
    await h.screenshot(p, 'archivist-filed-archive');
  });

  it('an archivist on a phone reads its desk and an archive page without sideways scrolling', async () => {
    const p = await signIn('city.archivist', PHONE);
    await card(p, 'loansOut').getByRole('listitem').first().waitFor();
    await h.screenshot(p, 'archivist-desk-phone');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await p.goto('/#/archives/4/show');
    await p.getByRole('heading', { name: '卷内文书' }).waitFor();
    await h.screenshot(p, 'archive-page-phone');
    // The loans list and an archive with loans and a change request: rows that fit, no table wider than its box.
    await p.goto('/#/loans');
    await p
      .getByRole('link', { name: /QD-JC-2024-008/ })
      .first()
      .waitFor();
    await h.screenshot(p, 'loan-list-phone');
    await expectFits(p);
    await p
      .getByRole('link', { name: /QD-JC-2024-008/ })
      .first()
      .click();
    await p.getByRole('button', { name: '结案' }).waitFor({ state: 'detached' });
    await p.getByRole('heading', { name: '办理过程' }).waitFor();
    await h.screenshot(p, 'loan-page-phone');
    await expectFits(p);
    await p.goto('/#/archives/2/show');
    await p.getByRole('heading', { name: '变更申请' }).waitFor();
    await p
      .getByRole('link', { name: /QD-JC-2025-002/ })
      .first()
      .waitFor();
    await h.screenshot(p, 'archive-loans-phone');
    await expectFits(p);
    await p.goto('/#/archiveChanges');
    await p
      .getByText(/补充整改情况复查记录/)
      .first()
      .waitFor();
    await h.screenshot(p, 'change-list-phone');
    await expectFits(p);
  });
});

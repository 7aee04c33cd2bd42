import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, menuEntries, shownLabels, startHarness, type Harness } from './harness.js';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('home');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 812 };

/** A fresh browser at a screen size, signed in as `username` through the login page; it lands on 我的待办. */
async function signIn(username: string, viewport = DESKTOP): Promise<Page> {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const p = await context.newPage();
  p.setDefaultTimeout(10_000);
  await p.goto('/#/login');
  await p.locator('input[name="username"]').fill(username);
  await p.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await p.locator('button[type="submit"]').click();
  await p.getByRole('heading', { name: '我的待办', level: 1 }).waitFor();
  return p;
}

const card = (p: Page, kind: string) => p.locator(`[data-todo="${kind}"]`);
const cardsShown = async (p: Page) => (await p.locator('[data-todo]').evaluateAll((els) => els.map((e) => e.getAttribute('data-todo')))) as string[];
/** The count on a menu entry's badge (0 when it shows none). */
const menuCount = async (p: Page, resource: string) =>
  Number(
    (await p
      .getByTestId(`menu-count-${resource}`)
      .locator('.MuiBadge-badge')
      .innerText()
      .catch(() => '0')) || 0,
  );
const post = async (p: Page, path: string, data: unknown) => {
  const res = await p.request.post(`/api/${path}`, { data });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
};
const getJson = async (p: Page, path: string) => (await p.request.get(`/api/${path}`)).json();

describe('我的待办: every role lands on its own home page', { timeout: 90_000 }, () => {
  it.each([
    ['admin', ['lockedAccounts', 'lateEntities', 'lateInspectors'], '用户'],
    ['city.lead', ['pendingAdjustments', 'planDeadline'], '年度抽查计划'],
    ['city.officer', ['dispatchesToReceive', 'draftTasks', 'myReplacementRequests', 'myAdjustments'], '抽查任务'],
    [
      'shinan.chief',
      [
        'pendingReplacements',
        'loansToDecide',
        'changesToDecide',
        'loanFindings',
        'resultsToConfirm',
        'resultsToPublish',
        'dispatchesToReceive',
        'draftTasks',
        'myReplacementRequests',
        'myAdjustments',
      ],
      '回避/更换申请',
    ],
    ['shinan.inspector', ['resultsToEnter', 'myAssignments', 'myReplacementRequests'], '抽查任务'],
    ['city.leader', ['loansToDecide'], '年度抽查计划'],
    ['city.archivist', ['loansToCheckOut', 'loansOut', 'returnsToClose'], '档案'],
  ])('%s sees %j, and its menu opens on its own work (%s)', async (username, kinds, firstEntry) => {
    page = await signIn(username);
    expect(page.url()).toMatch(/#\/$/);
    await expect.poll(() => cardsShown(page)).toEqual(kinds);
    const menu = await menuEntries(page);
    expect(menu.slice(0, 2)).toEqual(['我的待办', firstEntry]);
    // Sub-resources are reached from their parent's page, not from the menu.
    for (const sub of ['清单发布记录', '计划行', '计划版本', '豁免事项']) expect(menu).not.toContain(sub);
    await page.waitForLoadState('networkidle');
    await h.screenshot(page, `${username}-desktop`);
    const phone = await signIn(username, PHONE);
    await expect.poll(() => cardsShown(phone)).toEqual(kinds);
    await phone.waitForLoadState('networkidle');
    await h.screenshot(phone, `${username}-phone`);
    await phone.context().close();
  });
});

describe('deciding and withdrawing from the home page', { timeout: 90_000 }, () => {
  let planId: number;
  let wages: Record<string, unknown> & { id: number };
  let rules: Record<string, unknown> & { id: number };
  const upsert = (line: Record<string, unknown>, over: Record<string, unknown>) => {
    const { itemId, departmentId, ratioBp, count, frequency, windowStart, windowEnd, method, joint, note, id } = line;
    return { id, itemId, departmentId, ratioBp, count, frequency, windowStart, windowEnd, method, joint, note, ...over };
  };

  it('an officer withdraws its own pending proposal from its home page', async () => {
    page = await signIn('shinan.officer');
    const [plan] = await getJson(page, `plans?filter=${encodeURIComponent(JSON.stringify({ unitId: 2, year: 2026 }))}`);
    planId = plan.id;
    const lines = (await getJson(page, `planLines?filter=${encodeURIComponent(JSON.stringify({ planId }))}&range=[0,99]`)) as (Record<string, unknown> & {
      id: number;
      itemName: string;
    })[];
    wages = lines.find((l) => l.itemName.startsWith('用人单位支付劳动者工资'))!;
    rules = lines.find((l) => l.itemName.startsWith('对用人单位制定规章制度'))!;
    await post(page, `plans/${planId}/adjustments`, { reason: '拟撤回的调整', upserts: [upsert(rules, { ratioBp: 800 })] });
    await post(page, `plans/${planId}/adjustments`, { reason: '工资支付检查比例提高至20%', upserts: [upsert(wages, { ratioBp: 2000 })] });
    await page.reload();
    const mine = card(page, 'myAdjustments');
    await mine.getByText('拟撤回的调整').waitFor();
    await mine.getByText('工资支付检查比例提高至20%').waitFor();
    // Its own proposals wait on the lead office: the card counts them, the menu's badges do not.
    await expect.poll(() => mine.getByTestId('todo-count-myAdjustments').innerText()).toBe('2');
    expect(await menuCount(page, 'plans')).toBe(0);
    await mine.locator('li', { hasText: '拟撤回的调整' }).getByRole('button', { name: '撤回' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText('已撤回', { exact: true }).first().waitFor();
    await expect.poll(() => mine.getByText('拟撤回的调整').count()).toBe(0);
    await h.screenshot(page, 'officer-withdrawn');
    await page.reload();
    await mine.getByText('工资支付检查比例提高至20%').waitFor();
    expect(await mine.getByText('拟撤回的调整').count()).toBe(0);
    await expect.poll(() => mine.getByTestId('todo-count-myAdjustments').innerText()).toBe('1');
  });

  it('the lead office amends the remaining proposal from its home page and accepts it: the plan is published as amended', async () => {
    page = await signIn('shinan.lead');
    const pending = card(page, 'pendingAdjustments');
    const row = pending.locator('li', { hasText: '工资支付检查比例提高至20%' });
    await row.waitFor();
    expect(await pending.getByText('拟撤回的调整').count()).toBe(0);
    await expect.poll(() => menuCount(page, 'planAdjustments')).toBe(1);
    await row.getByRole('button', { name: '修改后采纳' }).click();
    const dialog = page.getByRole('dialog');
    const line = dialog.locator('.MuiDataGrid-row', { hasText: '用人单位支付劳动者工资' });
    await line.locator('[data-field="ratio"]', { hasText: '20%' }).waitFor();
    await line.getByLabel('编辑').first().click();
    await line.locator('[data-field="ratio"] input').fill('15');
    await line.getByLabel('保存').click();
    await line.locator('[data-field="ratio"]', { hasText: '15%' }).waitFor();
    await dialog.getByLabel('修改理由').fill('检查力量有限，比例调整为15%');
    await h.screenshot(page, 'lead-amend-dialog');
    await dialog.getByRole('button', { name: '修改并采纳' }).click();
    await page.getByText('已修改采纳，计划已发布为新版本').waitFor();
    await pending.getByText('没有待审核的计划调整').waitFor();
    await expect.poll(() => menuCount(page, 'planAdjustments')).toBe(0);
    // Stored: the plan's line reads 15%, after a reload of its page.
    await page.goto(`/#/plans/${planId}/show`);
    await page.reload();
    await page.locator('tr', { hasText: '用人单位支付劳动者工资' }).getByText('15%').waitFor();
    const [adjustment] = await getJson(page, `planAdjustments?filter=${encodeURIComponent(JSON.stringify({ planId, reason: '工资支付检查比例提高至20%' }))}`);
    expect(adjustment).toMatchObject({ status: 'accepted', decisionReason: '检查力量有限，比例调整为15%' });
    expect(adjustment.proposed.upserts[0].ratioBp).toBe(2000);
  });

  it('the lead office adjusts another line itself, with its reason: a new version at once', async () => {
    const before = (await getJson(page, `plans/${planId}`)).planVersion as number;
    await page.getByRole('button', { name: '调整计划' }).click();
    const dialog = page.getByRole('dialog');
    // The lead office may change any line, here one of the 劳动关系 line.
    const line = dialog.locator('.MuiDataGrid-row', { hasText: '对劳务派遣单位的监督检查' });
    await line.getByLabel('编辑').first().click();
    await line.locator('[data-field="ratio"] input').fill('8');
    await line.getByLabel('保存').click();
    await dialog.getByLabel('调整理由').fill('根据省厅新下达的劳务派遣专项检查计划调整');
    await dialog.getByRole('button', { name: '调整并发布' }).click();
    await page.getByText('计划已调整并发布为新版本').waitFor();
    await expect.poll(async () => (await getJson(page, `plans/${planId}`)).planVersion).toBe(before + 1);
    await page.reload();
    await page
      .getByText(`第 ${before + 1} 版`)
      .first()
      .waitFor();
    await h.screenshot(page, 'lead-own-adjustment');
  });

  it('a head approves a replacement request in place from its home page, having read who, where and why', async () => {
    const officer = await signIn('shinan.officer');
    const assignments = (await getJson(officer, `assignments?filter=${encodeURIComponent(JSON.stringify({ active: true, unitId: 2 }))}&range=[0,99]`)) as {
      id: number;
      inspectorIds: number[];
    }[];
    const target = assignments.find((a) => a.inspectorIds.length === 2 && !a.inspectorIds.includes(22))!;
    await post(officer, `assignments/${target.id}/replacements`, {
      inspectorId: target.inspectorIds[0],
      kind: 'work_conflict',
      reason: '同期承担根治欠薪专项任务',
    });
    await officer.context().close();

    page = await signIn('shinan.chief');
    const pending = card(page, 'pendingReplacements');
    const row = pending.locator('li', { hasText: '同期承担根治欠薪专项任务' });
    await row.waitFor();
    await expect.poll(() => menuCount(page, 'replacements')).toBeGreaterThan(0);
    await row.getByRole('button', { name: '批准' }).click();
    const summary = page.getByRole('dialog').getByTestId('replacement-summary');
    for (const label of ['被更换人员', '检查对象', '工作冲突', '同期承担根治欠薪专项任务']) await summary.getByText(label).first().waitFor();
    await h.screenshot(page, 'chief-approve-dialog');
    await page.getByRole('dialog').getByRole('button', { name: '批准' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.reload();
    await card(page, 'pendingReplacements').waitFor();
    expect(await card(page, 'pendingReplacements').getByText('同期承担根治欠薪专项任务').count()).toBe(0);
    const [decided] = await getJson(page, `replacements?filter=${encodeURIComponent(JSON.stringify({ assignmentId: target.id }))}`);
    expect(decided.status).toBe('approved');
  });

  it('an inspector’s pending recusal shows as pending in 我的检查任务, not as a new request', async () => {
    page = await signIn('shinan.inspector');
    const mine = (await getJson(page, `assignments?filter=${encodeURIComponent(JSON.stringify({ active: true }))}`)) as {
      id: number;
      inspectorIds: number[];
    }[];
    await post(page, `assignments/${mine[0].id}/replacements`, { inspectorId: 23, kind: 'recusal', reason: '配偶在该单位任职' });
    await page.reload();
    await card(page, 'myReplacementRequests').getByText('配偶在该单位任职').waitFor();
    // The home card of its assignments shows the request as pending too, not a button to ask again.
    await card(page, 'myAssignments').getByText('申请待审批').first().waitFor();
    await page.getByRole('menuitem', { name: '我的检查任务' }).click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await page.getByText('申请待审批').first().waitFor();
    expect(await page.getByText('申请待审批').count()).toBe(1);
    expect(await page.getByRole('button', { name: '申请回避' }).count()).toBe(mine.length - 1);
    // The entity links to its page, with its address and legal representative beside it.
    expect(await rows.first().locator('a[href*="/entities/"]').count()).toBe(1);
    await h.screenshot(page, 'inspector-assignments');
  });
});

describe('the menu by job', { timeout: 60_000 }, () => {
  it('keeps the parent entry highlighted on a sub-page and on the access-denied page', async () => {
    page = await signIn('shinan.officer');
    const active = () => shownLabels(page.locator('.RaMenuItemLink-active'));
    await page.getByRole('menuitem', { name: '检查对象名录' }).click();
    await expect.poll(active).toEqual(['检查对象名录']);
    await page.goto('/#/users');
    await page.getByText('您没有访问此页面的权限').waitFor();
    await expect.poll(active).toEqual(['检查对象名录']);
    await page.goto('/#/items');
    await page.getByRole('link', { name: '清单发布记录' }).click();
    await page.waitForURL(/#\/itemPublications/);
    await expect.poll(active).toEqual(['抽查事项清单']);
    await page.goto('/#/');
    await expect.poll(active).toEqual(['我的待办']);
  });

  it('proposes the unit’s next free task code on the create form', async () => {
    page = await signIn('city.officer');
    await page.goto('/#/tasks/create');
    await expect.poll(() => page.getByLabel('任务编号').inputValue()).toMatch(/^QD-\d{4}-\d{3}$/);
  });
});

describe('计划调整, the lead office’s list of every proposal', { timeout: 90_000 }, () => {
  it('pages to its second (last) page and opens a proposal’s plan from it', async () => {
    const officer = await signIn('shinan.officer');
    const [plan] = await getJson(officer, `plans?filter=${encodeURIComponent(JSON.stringify({ unitId: 2, year: 2026 }))}`);
    const lines = (await getJson(officer, `planLines?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}&range=[0,99]`)) as (Record<
      string,
      unknown
    > & {
      lineId: number;
    })[];
    const own = lines.find((l) => l.lineId === 1)!;
    const { itemId, departmentId, count, frequency, windowStart, windowEnd, method, joint, note, id } = own;
    for (let i = 1; i <= 27; i++) {
      await post(officer, `plans/${plan.id}/adjustments`, {
        reason: `分页测试调整第 ${String(i).padStart(2, '0')} 号`,
        upserts: [{ id, itemId, departmentId, ratioBp: 500 + i, count, frequency, windowStart, windowEnd, method, joint, note }],
      });
    }
    await officer.context().close();
    page = await signIn('shinan.lead');
    await page.getByRole('menuitem', { name: '计划调整' }).click();
    const footer = page.locator('.MuiTablePagination-displayedRows');
    await expect.poll(() => footer.innerText()).toMatch(/^第 1–25 条，共 \d+ 条$/);
    const total = Number((await footer.innerText()).match(/共 (\d+) 条/)![1]);
    expect(total).toBeGreaterThan(25);
    expect(total).toBeLessThanOrEqual(50);
    await page.getByRole('button', { name: '跳到页码 2' }).click();
    await expect.poll(() => footer.innerText()).toBe(`第 26–${total} 条，共 ${total} 条`);
    expect(page.url()).toContain('page=2');
    await page.getByText('分页测试调整第 27 号').waitFor();
    await h.screenshot(page, 'lead-adjustments-last-page');
    await page.locator('tr', { hasText: '分页测试调整第 27 号' }).getByRole('link').first().click();
    await page.waitForURL(new RegExp(`#/plans/${plan.id}/show/adjustments`));
  });
});

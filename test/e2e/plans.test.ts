import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { login, menuEntries, startHarness, type Harness } from './harness.js';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('plans');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

const SHINAN_2026 = '/#/plans/2/show';
const WAGES = '用人单位支付劳动者工资和执行最低工资标准情况的行政检查';
const REASON = '根治欠薪冬季专项行动，工资支付检查比例提高至12%';

/** Opens the 市南区 2026 plan from the plan list. */
async function openShinanPlan(p: Page) {
  await p.goto('/#/plans');
  await p.locator('tr', { hasText: '市南区人力资源和社会保障局2026年度' }).click();
  await p.waitForURL(/#\/plans\/2\/show$/);
  await p.getByText('第 2 版').or(p.getByText('第 3 版')).first().waitFor();
}

describe('市南区 implementing office (shinan.officer): a mid-year adjustment (§8.2)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    page = await h.newPage();
    await login(page, 'shinan.officer');
  });

  it('finds the annual plans in its menu and the published 2026 plan with its late flag column', async () => {
    expect(await menuEntries(page)).toContain('年度抽查计划');
    await page.goto('/#/plans');
    await page.locator('tr', { hasText: '青岛市人力资源和社会保障局2026年度' }).waitFor();
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await h.screenshot(page, 'officer-01-plan-list');
  });

  it('reads the published plan: header, read-only lines, coverage; may propose but not edit or publish', async () => {
    await openShinanPlan(page);
    await page.locator('td', { hasText: WAGES }).waitFor();
    await page.getByText('所有在用事项均已纳入计划或说明了豁免理由').waitFor();
    expect(await page.getByRole('button', { name: '发布' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await page.getByRole('button', { name: '提出调整' }).waitFor();
    await h.screenshot(page, 'officer-02-plan-show');
  });

  it('proposes raising the wage-payment ratio from 10% to 12%, with a reason', async () => {
    await page.getByRole('button', { name: '提出调整' }).click();
    const dialog = page.getByRole('dialog');
    const row = dialog.locator('.MuiDataGrid-row', { hasText: WAGES });
    await row.waitFor();
    // Only its own line (劳动保障监察) is offered: the 劳动关系 line's items are not in the grid.
    expect(await dialog.locator('.MuiDataGrid-row', { hasText: '对劳务派遣单位的监督检查' }).count()).toBe(0);
    await row.getByRole('menuitem', { name: '编辑' }).or(row.getByLabel('编辑')).first().click();
    await row.locator('[data-field="ratio"] input').fill('12');
    await row.getByLabel('保存').click();
    await row.locator('[data-field="ratio"]', { hasText: '12%' }).waitFor();
    await dialog.getByLabel('调整理由').fill(REASON);
    await h.screenshot(page, 'officer-03-propose-dialog');
    await dialog.getByRole('button', { name: '提交调整' }).click();
    await page.getByText('调整已提交，等待牵头机构审核').waitFor();
    await page.waitForURL(/#\/plans\/2\/show\/adjustments$/);
    const proposal = page.locator('tr', { hasText: REASON });
    await proposal.getByText('待审核').waitFor();
    // The proposer does not decide on its own adjustment.
    expect(await proposal.getByRole('button', { name: '采纳', exact: true }).count()).toBe(0);
    await h.screenshot(page, 'officer-04-adjustment-pending');
  });
});

describe('市南区 lead office (shinan.lead): decides and publishes (§8.1–§8.3)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    page = await h.newPage();
    await login(page, 'shinan.lead');
  });

  it('accepts the adjustment after reading its changes: the plan becomes version 3', async () => {
    await openShinanPlan(page);
    await page.getByRole('tab', { name: '计划调整' }).click();
    const proposal = page.locator('tr', { hasText: REASON });
    await proposal.getByRole('button', { name: '采纳', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(WAGES).waitFor();
    await dialog.getByText('12%').waitFor();
    await h.screenshot(page, 'lead-01-accept-dialog');
    await dialog.getByLabel('审核意见').fill('同意，按专项行动部署执行');
    await dialog.getByRole('button', { name: '采纳', exact: true }).click();
    await page.getByText('已采纳，计划已发布为新版本').waitFor();
    await page.locator('tr', { hasText: REASON }).getByText('已采纳').waitFor();
    await page.getByText('第 3 版').first().waitFor();
    await h.screenshot(page, 'lead-02-adjustment-accepted');
  });

  it('the versions tab lists version 3 and the diff from version 2 shows the ratio 10% → 12%', async () => {
    await page.getByRole('tab', { name: '版本记录' }).click();
    await page.locator('tr', { hasText: '第 3 版' }).filter({ hasText: REASON }).waitFor();
    await page.locator('tr', { hasText: '第 1 版' }).filter({ hasText: '首次发布' }).waitFor();
    const change = page.getByTestId('line-diff').locator('tr', { hasText: WAGES });
    await change.getByText('修改').waitFor();
    await change.getByText('抽查比例').waitFor();
    expect(await change.getByTestId('after-ratioBp').innerText()).toBe('12%');
    expect(await change.innerText()).toContain('10%');
    await h.screenshot(page, 'lead-03-versions-diff');
  });

  it('compares any two versions: 1 → 3 shows both adjustments of the wage-payment line', async () => {
    await page.getByRole('combobox', { name: '从版本' }).click();
    await page.getByRole('option', { name: '第 1 版' }).click();
    const change = page.getByTestId('line-diff').locator('tr', { hasText: WAGES });
    await change.getByText('结束日期').waitFor();
    expect(await change.getByTestId('after-ratioBp').innerText()).toBe('12%');
    expect(await change.innerText()).toContain('5%');
    await h.screenshot(page, 'lead-04-versions-diff-1-3');
  });

  it('drafts a 2027 plan and is refused publication while items are uncovered, the refusal naming them', async () => {
    await page.goto('/#/plans/create');
    await page.getByLabel('计划名称').fill('市南区人力资源和社会保障局2027年度“双随机、一公开”抽查工作计划');
    await page.getByLabel('年度').fill('2027');
    await h.screenshot(page, 'lead-05a-create');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/plans\/\d+\/show$/);
    await page.getByText('草稿', { exact: true }).waitFor();
    const coverage = page.getByTestId('coverage-panel');
    await coverage.getByText('未覆盖 15 项').waitFor();
    await h.screenshot(page, 'lead-05-draft');

    await page.getByRole('button', { name: '发布' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '发布' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: '不能发布' });
    await refusal.waitFor();
    await refusal.getByText('对用人单位制定规章制度的行政检查').waitFor();
    await refusal.getByText('对技工院校的监督检查').waitFor();
    await h.screenshot(page, 'lead-06-publish-refused');
    await page.getByRole('button', { name: '取消' }).click();
  });

  it('adds a line from the coverage shortcut and records an exemption with its reason', async () => {
    const coverage = page.getByTestId('coverage-panel');
    await coverage.locator('li', { hasText: '对用人单位制定规章制度的行政检查' }).getByRole('button', { name: '添加计划行' }).click();
    const row = page.locator('.MuiDataGrid-row').first();
    await row.locator('[data-field="ratio"] input').fill('5');
    await row.getByLabel('保存').click();
    await page.getByText('计划行已保存').waitFor();
    await row.locator('[data-field="departmentId"]', { hasText: '劳动保障监察大队' }).waitFor();

    await coverage.locator('li', { hasText: '对技工院校的监督检查' }).getByRole('button', { name: '记录豁免' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('豁免理由').fill('本区无技工院校');
    await dialog.getByRole('button', { name: '记录豁免' }).click();
    await page.getByText('已记录豁免').waitFor();
    await coverage.getByText('未覆盖 13 项').waitFor();
    await coverage.getByText('本区无技工院校').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, 'lead-07-draft-line-and-exemption');
  });
  it('publishes a plan once every item is covered or exempted; after 31 March it is flagged 逾期发布 (§8.1)', async () => {
    // A 2025 plan for 市南区, drafted through the API: every item exempted, so publishing is allowed.
    const created = await page.request.post('/api/plans', { data: { unitId: 2, year: 2025, title: '市南区2025年度抽查工作计划（补报）' } });
    expect(created.status()).toBe(201);
    const plan = (await created.json()) as { id: number };
    const coverage = (await (await page.request.get(`/api/plans/${plan.id}/coverage`)).json()) as { uncovered: { id: number }[] };
    for (const item of coverage.uncovered) {
      const exempted = await page.request.post('/api/planExemptions', { data: { planId: plan.id, itemId: item.id, reason: '补报计划，当年已完成专项检查' } });
      expect(exempted.status()).toBe(201);
    }
    await page.goto(`/#/plans/${plan.id}/show`);
    await page.getByText('所有在用事项均已纳入计划或说明了豁免理由').waitFor();
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('已过 2025 年 3 月 31 日，发布后将标记为逾期发布（§8.1）').waitFor();
    await h.screenshot(page, 'lead-08-publish-late-warning');
    await page.getByRole('dialog').getByRole('button', { name: '发布' }).click();
    await page.getByText('计划已发布', { exact: true }).waitFor();
    await page.getByText('第 1 版').waitFor();
    await page.getByText('逾期发布').first().waitFor();
    await h.screenshot(page, 'lead-09-published-late');
    await page.goto('/#/plans');
    await page.locator('tr', { hasText: '市南区2025年度抽查工作计划（补报）' }).getByText('逾期发布').waitFor();
    await h.screenshot(page, 'lead-10-plan-list-late');
  });
});

describe('city lead office (city.lead) supervises the districts (§4.1.1)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    page = await h.newPage();
    await login(page, 'city.lead');
  });

  it('reads the district plan, its versions and adjustments, without buttons to act on them', async () => {
    await openShinanPlan(page);
    expect(await page.getByRole('button', { name: '提出调整' }).count()).toBe(0);
    await h.screenshot(page, 'city-lead-01-district-plan');
    await page.getByRole('tab', { name: '计划调整' }).click();
    await page.locator('tr', { hasText: REASON }).getByText('已采纳').waitFor();
    expect(await page.getByRole('button', { name: '采纳', exact: true }).count()).toBe(0);
    await h.screenshot(page, 'city-lead-02-district-adjustments');
  });

  it('reads the plans in English', async () => {
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.goto(`${SHINAN_2026}/versions`);
    await page.getByText('Annual plan 2026').waitFor();
    await page.getByText('Compare versions').waitFor();
    await page.getByTestId('line-diff').getByText('Changed').waitFor();
    await h.screenshot(page, 'city-lead-03-versions-english');
    await page.goto('/#/plans');
    await page.locator('th', { hasText: 'Version' }).waitFor();
    await h.screenshot(page, 'city-lead-04-plan-list-english');
  });
});

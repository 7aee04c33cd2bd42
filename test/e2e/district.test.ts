import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, login, menuEntries, startHarness, type Harness } from './harness.js';

let h: Harness;
let page: Page;

/** A district implementing office's menu by job: 抽查 first. */
const OFFICER_MENU = [
  '我的待办',
  '抽查任务',
  '抽取记录',
  '派发查收',
  '我的检查任务',
  '检查结果',
  '线索移交',
  '年度抽查计划',
  '抽查事项清单',
  '检查对象名录',
  '执法人员名录',
  '回避/更换申请',
  '计划调整',
  '档案',
  '档案借阅',
  '档案变更申请',
  '单位',
  '部门',
  '业务条线',
  '工作日历',
];

beforeAll(async () => {
  h = await startHarness('district');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

const ACCESS_DENIED = '您没有访问此页面的权限';

describe('市南区 implementing office (shinan.officer)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    page = await h.newPage();
  });

  it('is told when its password is wrong', async () => {
    await page.goto('/#/login');
    await page.locator('input[name="username"]').fill('shinan.officer');
    await page.locator('input[name="password"]').fill('not-the-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').waitFor();
    await h.screenshot(page, 'officer-00-login-error');
    await login(page, 'shinan.officer');
  });

  it('has no user management in its menu', async () => {
    expect(await menuEntries(page)).toEqual(OFFICER_MENU);
    await page.getByText('市南区人力资源和社会保障局 · 实施机构').waitFor();
  });

  it('reads the departments of its own district only, without create or edit', async () => {
    await page.goto('/#/departments');
    await page.locator('tbody tr').first().waitFor();
    const units = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(new Set(units)).toEqual(new Set(['市南区人力资源和社会保障局']));
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await h.screenshot(page, 'officer-01-departments-list');
    await page.locator('tbody tr').first().click();
    expect(page.url()).toMatch(/#\/departments(\?.*)?$/);
  });

  it('gets the access-denied page at #/users, and stays signed in', async () => {
    await page.goto('/#/users');
    await page.getByText(ACCESS_DENIED).waitFor();
    await page.getByText('无权访问', { exact: true }).first().waitFor();
    expect(await page.locator('table').count()).toBe(0);
    await h.screenshot(page, 'officer-02-users-access-denied');
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL(/#\/$/);
  });

  it('gets the access-denied page for the department forms', async () => {
    await page.goto('/#/departments/create');
    await page.getByText(ACCESS_DENIED).waitFor();
    await h.screenshot(page, 'officer-03-create-access-denied');
    await page.goto('/#/departments/8');
    await page.getByText(ACCESS_DENIED).waitFor();
    expect(await page.locator('input[name="name"]').count()).toBe(0);
    await h.screenshot(page, 'officer-03b-edit-access-denied');
  });

  it('reads units and business lines', async () => {
    await page.goto('/#/units');
    await page
      .locator('td', { hasText: '莱西市人力资源和社会保障局' })
      .or(page.locator('td', { hasText: '370202' }))
      .first()
      .waitFor();
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await h.screenshot(page, 'officer-04-units-list');
    await page.goto('/#/lines');
    await page.locator('td', { hasText: 'labor_inspection' }).waitFor();
    await h.screenshot(page, 'officer-05-lines-list');
  });

  it('opens the change-password page', async () => {
    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await page.getByLabel('当前密码').waitFor();
    await h.screenshot(page, 'officer-06-change-password');
  });

  it('changes its password and signs in with the new one', async () => {
    await page.locator('input[name="currentPassword"]').fill(DEMO_PASSWORD);
    await page.locator('input[name="newPassword"]').fill('Shinan2026x');
    await page.locator('input[name="confirmPassword"]').fill('Shinan2026x');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('密码已修改').waitFor();
    await page.waitForURL(/#\/$/);
    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.locator('input[name="username"]').waitFor();
    await login(page, 'shinan.officer', 'Shinan2026x');
    expect(await menuEntries(page)).toEqual(OFFICER_MENU);
  });
});

describe('市南区 lead office (shinan.lead)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    page = await h.newPage();
    await login(page, 'shinan.lead');
  });

  it('sees the audit log but not users', async () => {
    expect(await menuEntries(page)).toEqual([
      '我的待办',
      '年度抽查计划',
      '监督看板',
      '回避/更换申请',
      '计划调整',
      '抽查事项清单',
      '检查对象名录',
      '执法人员名录',
      '抽查任务',
      '抽取记录',
      '派发查收',
      '我的检查任务',
      '检查结果',
      '线索移交',
      '档案',
      '档案借阅',
      '档案变更申请',
      '单位',
      '部门',
      '业务条线',
      '工作日历',
      '审计日志',
    ]);
  });

  it('reads the audit log of its own district only', async () => {
    await page.goto('/#/audit');
    await page.locator('tbody tr').first().waitFor();
    const units = await page.locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units)).toEqual(new Set(['市南区人力资源和社会保障局']));
    await h.screenshot(page, 'lead-01-audit-list');
    await page.locator('tbody tr').first().click();
    await page.getByText('本条哈希').waitFor();
    await h.screenshot(page, 'lead-02-audit-show');
  });

  it('gets the access-denied page at #/users', async () => {
    await page.goto('/#/users/create');
    await page.getByText(ACCESS_DENIED).waitFor();
    await h.screenshot(page, 'lead-03-users-access-denied');
  });

  it('reads its district’s departments and may change its password', async () => {
    await page.goto('/#/departments');
    await page.locator('td', { hasText: '法规科' }).waitFor();
    await h.screenshot(page, 'lead-04-departments-list');
    await page.goto('/#/password');
    await page.getByLabel('当前密码').waitFor();
    await h.screenshot(page, 'lead-05-change-password');
  });
});

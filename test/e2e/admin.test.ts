import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, login, menuEntries, startHarness, type Harness } from './harness.js';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('admin');
  page = await h.newPage();
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

describe('admin (系统管理员)', { timeout: 60_000 }, () => {
  it('signs in on the Chinese login page and sees the menu in Chinese', async () => {
    await page.goto('/');
    await page.getByText('双随机、一公开 监管平台').waitFor();
    await h.screenshot(page, '01-login');
    await login(page, 'admin');
    // The menu by job: 我的待办, then 系统 first for an administrator.
    expect(await menuEntries(page)).toEqual([
      '我的待办',
      '用户',
      '单位',
      '部门',
      '业务条线',
      '工作日历',
      '审计日志',
      '对外共享系统',
      '对外发送队列',
      '抽查事项清单',
      '检查对象名录',
      '执法人员名录',
      '年度抽查计划',
      '抽查任务',
      '抽取记录',
      '派发查收',
      '我的检查任务',
      '检查结果',
      '线索移交',
      '回避/更换申请',
      '计划调整',
      '档案',
      '档案借阅',
      '档案变更申请',
    ]);
    await page.getByText('青岛市人力资源和社会保障局 · 系统管理员').waitFor();
    await page.getByRole('menuitem', { name: '用户' }).click();
    await page.locator('td', { hasText: 'city.officer' }).waitFor();
    await h.screenshot(page, '02-users-list');
  });

  it('creates a department, renames it and sees the new name in the list', async () => {
    await page.goto('/#/departments/create');
    await page.getByLabel('部门名称').fill('测试监察科');
    await choose(page, '所属单位', '市南区人力资源和社会保障局');
    await choose(page, '业务条线', '劳动保障监察');
    await h.screenshot(page, '03-department-create');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/departments(\?.*)?$/);

    await page.getByPlaceholder('搜索').fill('测试监察科');
    // The search box applies its text after a pause: until it has, a click on a row may be undone by it.
    await page.waitForURL((u) => decodeURIComponent(u.href).includes('测试监察科'));
    const row = page.locator('tr', { hasText: '测试监察科' });
    await row.waitFor();
    await h.screenshot(page, '04-departments-list');
    await row.click();
    await page.waitForURL(/#\/departments\/\d+$/);
    // The edit page's code may still be loading (views load on demand): wait for its field, not a label on the list.
    const name = page.getByRole('textbox', { name: '部门名称' });
    await expect.poll(() => name.inputValue()).toBe('测试监察科');
    await name.fill('测试监察二科');
    await h.screenshot(page, '05-department-edit');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/departments(\?.*)?$/);

    await page.getByPlaceholder('搜索').fill('测试监察');
    await page.locator('tr', { hasText: '测试监察二科' }).waitFor();
    expect(await page.locator('tr', { hasText: '测试监察科' }).count()).toBe(0);
  });

  it('shows the change in the audit log with its before/after and hash', async () => {
    await page.goto('/#/audit');
    const row = page.locator('tr', { hasText: '部门' }).filter({ hasText: '修改' }).first();
    await row.waitFor();
    await h.screenshot(page, '06-audit-list');
    await row.click();
    await page.waitForURL(/#\/audit\/\d+\/show$/);
    await page.getByText('测试监察二科').waitFor();
    await page.getByText('本条哈希').waitFor();
    await h.screenshot(page, '07-audit-show');
  });

  it('lists units and business lines', async () => {
    await page.goto('/#/units');
    await page.locator('td', { hasText: '370285' }).waitFor();
    await h.screenshot(page, '15-units-list');
    await page.goto('/#/lines');
    await page.locator('td', { hasText: 'labor_inspection' }).waitFor();
    await h.screenshot(page, '16-lines-list');
    await page.goto('/#/users/create');
    await page.locator('input[name="username"]').waitFor();
    await h.screenshot(page, '17-user-create');
  });

  it('edits a user: the department select follows the unit, an empty password is kept', async () => {
    await page.goto('/#/users');
    await page.getByPlaceholder('搜索').fill('shinan.officer');
    const row = page.locator('tr', { hasText: 'shinan.officer' });
    await row.waitFor();
    await page.locator('tbody tr').nth(1).waitFor({ state: 'detached' });
    await row.click();
    await page.waitForURL(/#\/users\/\d+$/);
    await page.getByRole('combobox', { name: '所属部门' }).click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toContain('劳动保障监察大队');
    expect(options).not.toContain('劳动保障监察支队');
    await page.keyboard.press('Escape');
    await page.locator('input[name="name"]').fill('孙丽（经办，已核对）');
    await h.screenshot(page, '12-user-edit');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/users(\?.*)?$/);
    await page.locator('td', { hasText: '孙丽（经办，已核对）' }).waitFor();
  });

  it('says so when someone else changed the record meanwhile (stale version)', async () => {
    await page.goto('/#/lines/1');
    const name = page.locator('input[name="name"]');
    await expect(name.inputValue()).resolves.toBe('劳动保障监察');
    const other = await h.newPage();
    await login(other, 'admin');
    await other.goto('/#/lines/1');
    await other.locator('input[name="name"]').fill('劳动保障监察（他人修改）');
    await other.getByRole('button', { name: '保存' }).click();
    await other.waitForURL(/#\/lines(\?.*)?$/);
    await name.fill('劳动保障监察（本人修改）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('记录已被他人修改，请刷新后重试').waitFor();
    await h.screenshot(page, '13-line-edit-stale');
  });

  it('shows the server’s field errors under the inputs (duplicate username)', async () => {
    await page.goto('/#/users/create');
    await page.getByLabel('用户名').fill('shinan.officer');
    await page.getByLabel('姓名').fill('重复的用户');
    await choose(page, '角色', '实施机构');
    await choose(page, '所属单位', '市南区人力资源和社会保障局');
    await page.locator('input[name="password"]').fill('Passw0rd2026');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已存在相同的值').waitFor();
    await h.screenshot(page, '08-user-create-error');
  });

  it('changes its password from the user menu, with the server’s error for a wrong current password', async () => {
    await page.goto('/#/users');
    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await page.waitForURL(/#\/password$/);
    await page.getByLabel('当前密码').fill('wrong-password-1');
    await page.locator('input[name="newPassword"]').fill('NewPassw0rd');
    await page.getByLabel('确认新密码').fill('NewPassw0rd');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('当前密码不正确').waitFor();
    await h.screenshot(page, '09-change-password-error');
  });

  it('switches the interface to English', async () => {
    await page.goto('/#/departments');
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    expect(await menuEntries(page)).toEqual([
      'My to-do',
      'Users',
      'Units',
      'Departments',
      'Business lines',
      'Working calendar',
      'Audit log',
      'Outside systems',
      'Outbox',
      'Inspection item list',
      'Entity library',
      'Inspector library',
      'Annual plans',
      'Inspection tasks',
      'Draw records',
      'Dispatched shares',
      'My inspections',
      'Inspection results',
      'Referrals',
      'Replacements',
      'Plan adjustments',
      'Archives',
      'Archive loans',
      'Archive changes',
    ]);
    await page.locator('th', { hasText: 'Business line' }).waitFor();
    await h.screenshot(page, '10-departments-english');
    await page.goto('/#/units/1');
    await page.getByLabel('Division code').waitFor();
    await h.screenshot(page, '11-unit-edit-english');
    await page.getByRole('button', { name: /^User menu of / }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByText('Double Random, One Public').waitFor();
    await h.screenshot(page, '14-login-english');
  });
});

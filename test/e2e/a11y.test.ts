import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, login, startHarness, type Harness } from './harness.js';
import { axe, describeViolations, isBlocking, type Violation } from './axe.js';
import { focused, largeTextProblems, settle, tabTo } from './a11yPage.js';

/**
 * The accessibility audit (GB/T 37668-2019, which follows WCAG 2.1 AA): axe-core over every page a role's menu
 * leads to (read from the rendered menu, so a page added to the menu is audited without a line here), the home
 * pages, the login page and the named forms and dialogs below — on a desktop and on a 375×812 phone. Any `serious`
 * or `critical` violation fails; the others are printed (and written to test-results/e2e/a11y/report.txt). Each
 * page must also have exactly one level-one heading (its title) and, at 200 % zoom and with a 32 px root font at
 * 1280 px, neither scroll sideways, cut text off at the window's edge, shorten any text (a cell, a column header, a
 * menu entry, a chip) nor let a field's raised label run into its value.
 */

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('a11y');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * One account per role, those with the most controls on a shared page first. A page is audited in full (desktop,
 * phone, large text) for the first role whose menu has it; for each later role on the desktop again when it shows
 * other controls or rows there (what it may do), and not at all when it shows the same. Every home page is its
 * role's own. A district account sees the same pages within its district.
 */
const ROLES = ['city.officer', 'city.chief', 'city.lead', 'admin', 'city.inspector', 'city.leader', 'city.archivist'];

/** A task and a plan of the seed data that every form below works on. */
const TASK_CODE = 'QD-2026-001';

interface Screen {
  name: string;
  /** The account that opens it. */
  as: string;
  /** Opens the screen from a signed-in page; resolves once it shows. */
  open(p: Page): Promise<void>;
}

const openTask = async (p: Page, code: string) => {
  await p.goto('/#/tasks');
  await p.locator('tr', { hasText: code }).click();
  await p.waitForURL(/#\/tasks\/\d+\/show$/);
};
const openCityPlan = async (p: Page) => {
  await p.goto('/#/plans');
  await p.locator('tbody tr', { hasText: '青岛市人力资源和社会保障局' }).first().click();
  await p.waitForURL(/#\/plans\/\d+\/show/);
};

/**
 * The main forms and dialogs, beyond the menu's pages. One line adds a new one.
 */
const SCREENS: Screen[] = [
  { name: 'task-create', as: 'city.officer', open: (p) => p.goto('/#/tasks/create').then(() => p.locator('form').waitFor()) },
  { name: 'task-show', as: 'city.officer', open: (p) => openTask(p, TASK_CODE) },
  {
    name: 'draw-preview',
    as: 'city.officer',
    open: async (p) => {
      await openTask(p, TASK_CODE);
      await p.getByRole('button', { name: '抽取', exact: true }).click();
      await p.getByRole('dialog').getByRole('table', { name: '抽取预览' }).waitFor();
    },
  },
  { name: 'plan-show', as: 'city.officer', open: openCityPlan },
  {
    name: 'result-form',
    as: 'shinan.inspector',
    open: async (p) => {
      await p.goto('/#/assignments');
      await p.getByRole('button', { name: '录入结果' }).first().click();
      await p.locator('form').waitFor();
    },
  },
  {
    name: 'province-import',
    as: 'city.lead',
    open: async (p) => {
      await p.goto('/#/tasks');
      await p.getByRole('button', { name: '导入省级任务' }).click();
      await p.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'archive-page',
    as: 'city.officer',
    // QD-JC-2024-008: its demo loan came back soiled, so the page carries an open finding (§12.4.4).
    open: async (p) => {
      await p.goto('/#/archives/5/show');
      await p.getByRole('heading', { name: '卷内文书' }).waitFor();
      await p.getByRole('alert').filter({ hasText: '归还时发现' }).waitFor();
    },
  },
  {
    name: 'loan-request',
    as: 'city.officer',
    open: async (p) => {
      await p.goto('/#/archives/6/show');
      await p.getByRole('link', { name: '申请借阅' }).click();
      await p.getByLabel('借阅目的').waitFor();
    },
  },
  {
    name: 'loan-approve',
    as: 'city.chief',
    open: async (p) => {
      await p.goto('/#/');
      await p.locator('[data-todo="loansToDecide"]').getByRole('button', { name: '同意' }).first().click();
      await p.getByRole('dialog').waitFor();
    },
  },
  { name: 'loan-page', as: 'city.chief', open: (p) => p.goto('/#/loans/2/show').then(() => p.getByRole('heading', { name: '办理过程' }).waitFor()) },
  {
    name: 'loan-return',
    as: 'city.archivist',
    open: async (p) => {
      await p.goto('/#/');
      await p.locator('[data-todo="loansOut"]').getByRole('button', { name: '登记归还' }).first().click();
      await p.getByRole('dialog').getByText('核查结果').waitFor();
    },
  },
  {
    name: 'propose-adjustment',
    as: 'city.officer',
    open: async (p) => {
      await openCityPlan(p);
      await p.getByRole('button', { name: '提出调整' }).click();
      await p.getByRole('dialog').waitFor();
    },
  },
];

const report: string[] = [];
const tally = new Map<string, number>();
afterAll(() => {
  const file = path.resolve('test-results', 'e2e', 'a11y', 'report.txt');
  const summary = [...tally].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule}: ${n}`);
  fs.writeFileSync(file, [...summary, '', ...report].join('\n'));
  console.log(['accessibility audit — violations by rule and impact (nodes):', ...summary, ...report].join('\n'));
});

/** Audits the page as shown now at the current viewport: axe-core plus the one-h1 rule; returns the blocking lines. */
async function auditHere(p: Page, where: string): Promise<string[]> {
  await settle(p);
  const violations: Violation[] = await axe(p);
  const headings = await p.locator('h1').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
  if (headings.length !== 1 || !headings[0])
    violations.push({
      id: 'one-h1',
      impact: 'serious',
      help: 'exactly one level-one heading (the page title)',
      nodes: [{ target: 'h1', summary: JSON.stringify(headings) }],
    });
  for (const v of violations) tally.set(`${v.id} [${v.impact}]`, (tally.get(`${v.id} [${v.impact}]`) ?? 0) + v.nodes.length);
  report.push(...describeViolations(where, violations));
  return describeViolations(where, violations.filter(isBlocking));
}

/** Desktop and phone, then large text at 1280 px: what blocks, as lines for the failure message. */
async function auditPage(p: Page, where: string): Promise<string[]> {
  const blocking = await auditHere(p, `${where} desktop`);
  // The page at 200 % zoom, to look at: test-results/e2e/a11y/zoom200-<role>-<page>.png.
  const shot = `zoom200-${where.replace(/[^\w\u4e00-\u9fff]+/g, '-').replace(/^-|-$/g, '')}`;
  blocking.push(...(await largeTextProblems(p, where, { whileZoomed: () => h.screenshot(p, shot) })));
  await p.setViewportSize(PHONE);
  blocking.push(...(await auditHere(p, `${where} phone`)));
  await p.setViewportSize(DESKTOP);
  return blocking;
}

/** What a role may do on the page as shown: the names of the content's controls, and its number of rows. */
const controlsOf = (p: Page) =>
  p.locator('#main-content').evaluate((main) => {
    const names = [...main.querySelectorAll('button, a, input, [role="button"], [role="combobox"]')].map(
      (e) => e.getAttribute('aria-label') ?? (e as HTMLElement).innerText?.trim() ?? e.getAttribute('name'),
    );
    return `${main.querySelectorAll('tr').length} rows: ${names.join('|')}`;
  });

/** The links of the rendered menu, as hrefs (#/tasks …). */
const menuLinks = async (p: Page) => {
  await p.locator('[class*="RaMenu-"] a').first().waitFor();
  return p.locator('[class*="RaMenu-"] a').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? '').filter((href) => href.startsWith('#/')));
};

describe('accessibility audit: axe-core (WCAG 2.1 AA) on every page, desktop and phone', { timeout: 240_000 }, () => {
  const pages = new Map<string, Page>();
  const signedIn = async (username: string) => {
    let p = pages.get(username);
    if (!p) {
      p = await h.newPage();
      await login(p, username);
      pages.set(username, p);
    }
    return (page = p);
  };

  it('the login page', async () => {
    page = await h.newPage();
    await page.goto('/#/login');
    await page.locator('input[name="username"]').waitFor();
    expect(await auditPage(page, 'login')).toEqual([]);
  });

  /** Per page, the controls it has been audited with: the same page with the same controls is not audited twice. */
  const audited = new Map<string, Set<string>>();
  it.each(ROLES)('%s: its home page and every page of its menu', async (username) => {
    const p = await signedIn(username);
    const blocking: string[] = [];
    const links = await menuLinks(p);
    expect(links.length).toBeGreaterThan(1);
    for (const href of links) {
      await p.goto(`/${href}`);
      await settle(p);
      const where = `${username} ${href}`;
      const seen = audited.get(href) ?? new Set<string>();
      const controls = await controlsOf(p);
      if (!seen.size || href === '#/') blocking.push(...(await auditPage(p, where)));
      else if (!seen.has(controls)) blocking.push(...(await auditHere(p, `${where} desktop`)));
      else report.push(`${where}: the same controls as a role audited before`);
      audited.set(href, seen.add(controls));
    }
    expect(blocking).toEqual([]);
  });

  it('the public portal (/public/): every page, as an anonymous visitor', async () => {
    // A published draw record (its page holds the verifier) and a published item list, as the staff make them.
    const staff = await signedIn('city.chief');
    const [draw] = await staff.evaluate(() => fetch('/api/draws?range=[0,0]').then((r) => r.json()));
    expect((await staff.request.post(`/api/draws/${draw.id}/publish`, { data: {} })).status()).toBe(200);
    const lead = await signedIn('city.lead');
    expect((await lead.request.post('/api/items/publish', { data: {} })).status()).toBe(201);
    page = await h.newPage();
    const [plan] = (await (await page.request.get('/api/public/plans')).json()) as { id: number }[];
    const blocking: string[] = [];
    for (const path of [
      '/public/',
      '/public/items',
      '/public/plans',
      `/public/plans/${plan.id}`,
      '/public/draws',
      `/public/draws/${draw.id}`,
      '/public/results',
      '/public/non-cooperation',
      '/public/nowhere',
    ]) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      await page.locator('[role="status"]:has-text("正在加载")').waitFor({ state: 'detached' });
      blocking.push(...(await auditPage(page, `portal ${path}`)));
    }
    // The verifier's report too.
    await page.goto(`/public/draws/${draw.id}`);
    await page.getByRole('button', { name: '验证', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /验证通过/ })
      .waitFor({ timeout: 30_000 });
    blocking.push(...(await auditPage(page, 'portal draw verified')));
    expect(blocking).toEqual([]);
  });

  it.each(SCREENS.map((s) => [s.name, s] as const))('form or dialog: %s', async (name, screen) => {
    const p = await signedIn(screen.as);
    await screen.open(p);
    expect(await auditPage(p, `${screen.as} ${name}`)).toEqual([]);
    await p.keyboard.press('Escape');
  });
});

/** Signs in with the keyboard alone: the login form's first field has the focus, Tab moves on, Enter submits. */
async function keyboardLogin(username: string): Promise<Page> {
  const p = await h.newPage();
  await p.goto('/#/login');
  await p.locator('input[name="username"]').waitFor();
  if ((await focused(p)).name !== '用户名') await tabTo(p, '用户名');
  await p.keyboard.type(username);
  await tabTo(p, '密码');
  await p.keyboard.type(DEMO_PASSWORD);
  await p.keyboard.press('Enter');
  await p.getByRole('heading', { name: '我的待办', level: 1 }).waitFor();
  return p;
}

const api = <T>(p: Page, url: string): Promise<T> => p.evaluate(async (u) => (await fetch(u)).json(), `/api/${url}`) as Promise<T>;

/**
 * Keyboard only (page.keyboard, no mouse): every control on the way shows its focus, a dialog takes the focus,
 * keeps it (Tab stays inside) and gives it back to the button that opened it.
 */
describe('keyboard only', { timeout: 90_000 }, () => {
  let taskId: number;

  it('city.officer signs in, opens a task from the menu, previews the draw and runs it', async () => {
    page = await keyboardLogin('city.officer');
    await tabTo(page, /^(\d+ )?抽查任务( ?，\d+ 项待办)?$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/tasks(\?.*)?$/);
    await tabTo(page, TASK_CODE);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/tasks\/\d+\/show$/);
    taskId = Number(page.url().match(/tasks\/(\d+)\/show/)![1]);

    await tabTo(page, '抽取');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('table', { name: '抽取预览' }).waitFor();
    expect((await focused(page)).inDialog).toBe(true);
    // The dialog keeps the focus: however far Tab goes, it stays inside.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).inDialog).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatchObject({ name: '抽取', inDialog: false });

    await page.keyboard.press('Enter');
    await dialog.getByRole('table', { name: '抽取预览' }).waitFor();
    await tabTo(page, '确认抽取', { inDialog: true });
    await h.screenshot(page, 'keyboard-officer-confirm-draw');
    await page.keyboard.press('Enter');
    await page.getByText(/抽取完成，共抽中 \d+ 个检查对象/).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await h.screenshot(page, 'keyboard-officer-drawn');
  });

  it('city.chief approves a replacement request from its home page', async () => {
    // The request to decide, made by the officer through the API (the officer's own screens are audited above).
    const [assignment] = await api<{ id: number; inspectorIds: number[] }[]>(
      page,
      `assignments?filter=${encodeURIComponent(JSON.stringify({ taskId, active: true }))}`,
    );
    const made = await page.request.post(`/api/assignments/${assignment.id}/replacements`, {
      data: { inspectorId: assignment.inspectorIds[0], kind: 'post_change', reason: '键盘测试：调至综合科' },
    });
    expect(made.status(), await made.text()).toBeLessThan(300);

    page = await keyboardLogin('city.chief');
    const card = page.locator('[data-todo="pendingReplacements"]');
    await card.getByText('键盘测试：调至综合科').waitFor();
    await tabTo(page, '批准', { inDialog: false });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect((await focused(page)).inDialog).toBe(true);
    await tabTo(page, '审批意见', { inDialog: true });
    await page.keyboard.type('同意，按规定随机另派');
    await tabTo(page, '批准', { inDialog: true });
    await h.screenshot(page, 'keyboard-chief-approve');
    await page.keyboard.press('Enter');
    await page.getByText('已批准，替换人员已随机选定').waitFor();
    await card.getByText('键盘测试：调至综合科').waitFor({ state: 'detached' });
    // The decided row and its button are gone: the focus waits on the card's heading, not at the page's start.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', name: await card.locator('h2').innerText() });
  });

  it('city.officer unfolds a draw record in 抽取记录 and, scrolled down, still reaches the app bar', async () => {
    page = await keyboardLogin('city.officer');
    await tabTo(page, /^抽取记录/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/draws/);
    // The browser's tab names the page.
    await expect.poll(() => page.title()).toBe('抽取记录 · 双随机、一公开 监管平台');
    const toggle = await tabTo(page, '展开');
    expect(toggle.tag).toBe('button');
    await page.keyboard.press('Enter');
    const row = page.locator('tbody tr').first();
    expect(await row.getByRole('button', { name: '收起' }).getAttribute('aria-expanded')).toBe('true');
    const record = page.locator('[data-testid^="draw-"]').first();
    await record.getByText('随机种子', { exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await record.waitFor({ state: 'hidden' });
    expect(await row.getByRole('button', { name: '展开' }).getAttribute('aria-expanded')).toBe('false');

    // A long list scrolled to its pager: the language switch in the app bar is still in the Tab order, and shown.
    await page.goto('/#/entities');
    await page.getByRole('grid').waitFor();
    await tabTo(page, '最后一页', { max: 120 });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await tabTo(page, '简体中文', { back: true, max: 200 });
    const bar = await page.getByRole('button', { name: '简体中文' }).boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
  });

  it('shinan.inspector opens a pending assignment from 我的检查任务, fills 预查 → 告知 → 现场 → 结论 and saves a draft', async () => {
    page = await keyboardLogin('shinan.inspector');
    await tabTo(page, /^(\d+ )?我的检查任务( ?，\d+ 项待办)?$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/assignments/);
    await tabTo(page, '录入结果');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/results\/create/);
    await page.getByLabel('预查比对情况（§9.3.2.1）').waitFor();

    await tabTo(page, '预查比对情况（§9.3.2.1）');
    await page.keyboard.type('键盘录入：已比对国家企业信用信息公示系统');
    await tabTo(page, '下一步');
    await page.keyboard.press('Enter');
    // The next step's first field takes the focus. 告知: a radio group is one Tab stop, the arrows choose within it.
    expect((await focused(page)).name).toBe('书面');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).name).toBe('电话');
    await tabTo(page, '下一步');
    await page.keyboard.press('Enter');

    expect((await focused(page)).name).toBe('现场检查日期');
    await tabTo(page, '现场检查地点');
    await page.keyboard.type('青岛市市南区香港中路 10 号');
    await tabTo(page, /^冯雪/);
    await page.keyboard.press('Space');
    await tabTo(page, '已现场填写双随机抽查检查记录表（§9.3.2.3b）');
    await page.keyboard.press('Space');
    await tabTo(page, '下一步');
    await page.keyboard.press('Enter');

    expect((await focused(page)).name).toBe('检查结果');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await page.getByRole('combobox', { name: '检查结果' }).innerText()).toBe('未发现问题');
    await tabTo(page, '保存草稿');
    await h.screenshot(page, 'keyboard-inspector-result', { fullPage: false });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/results\/\d+(\?|$)/);

    await page.reload();
    await expect.poll(() => page.getByLabel('预查比对情况（§9.3.2.1）').inputValue()).toBe('键盘录入：已比对国家企业信用信息公示系统');
    expect(await page.getByLabel('电话').isChecked()).toBe(true);
    expect(await page.getByLabel('现场检查地点').inputValue()).toBe('青岛市市南区香港中路 10 号');
    expect(await page.getByRole('checkbox', { name: /^冯雪（/, includeHidden: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('已现场填写双随机抽查检查记录表（§9.3.2.3b）').isChecked()).toBe(true);
  });

  it.each([
    ['admin', '#/users', 'city.officer', /#\/users\/\d+$/],
    ['city.officer', '#/plans', /^青岛市人力资源和社会保障局2026年度/, /#\/plans\/\d+\/show/],
    ['shinan.inspector', '#/results', '青岛瑞康纺织有限公司', /#\/results\/\d+$/],
  ])('%s opens a row of %s with Tab and Enter', async (username, list, row, opened) => {
    page = await keyboardLogin(username);
    await page.goto(`/${list}`);
    await page.locator('tbody tr').first().waitFor();
    await tabTo(page, row, { max: 80 });
    await page.keyboard.press('Enter');
    await page.waitForURL(opened);
  });
});

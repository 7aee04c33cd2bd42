import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, login, startHarness, type Harness } from './harness.js';
import { startFakeOutside, type FakeOutside } from '../../api/cli/fake-outside.js';
import { OutboxWorker } from '../../api/actions/outbox.js';
import { systemClock } from '../../api/store/store.js';

/**
 * Issue 15 end to end: the administrator configures an outside system pointing at a json-server stand-in run here, a
 * head of office (shinan.chief) publishes a confirmed result in the browser, and the administrator's outbox shows it
 * 已送达 while the stand-in holds it once; a dead letter resent from the outbox page arrives once. The delivery worker
 * runs on the server's database as server.ts runs it, polling fast.
 */
let h: Harness;
let fake: FakeOutside;
let worker: OutboxWorker;
let page: Page;

const DRAFT_SHINAN_RESULT = 4; // db.json: SN-2026-003's draft result of 市南区

beforeAll(async () => {
  fake = await startFakeOutside({ port: 0 });
  h = await startHarness('outbox');
  worker = new OutboxWorker({ db: h.db, clock: systemClock, pollMs: 100, timeoutMs: 1000, maxTries: 2, backoff: { baseMs: 200, maxMs: 400 } });
  worker.start();
});
afterAll(async () => {
  await worker?.stop();
  await h?.close();
  await fake?.close();
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

async function signIn(username: string): Promise<Page> {
  const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  await login(p, username, DEMO_PASSWORD);
  return p;
}

/** Opens the outbox page and reloads it until a row shows `text` in `state` (the worker polls every 100 ms). */
async function waitForRow(p: Page, text: string, state: string) {
  await p.goto(`/#/outbox?filter=${encodeURIComponent('{}')}`);
  for (let i = 0; i < 40; i++) {
    if (i) await p.reload();
    await p.locator('tbody tr').first().waitFor();
    if (await p.locator('tbody tr', { hasText: text }).filter({ hasText: state }).count()) return;
    await p.waitForTimeout(250);
  }
  throw new Error(`no outbox row with ${text} in state ${state}`);
}

describe('the publication feed in the admin (issue 15)', { timeout: 120_000 }, () => {
  let admin: Page;

  it('the administrator adds an outside system; its credential is named, never shown; editing it saves', async () => {
    admin = page = await signIn('admin');
    await admin.getByRole('menuitem', { name: '对外共享系统' }).click();
    await admin.getByText('暂无对外共享系统').or(admin.locator('tbody tr').first()).waitFor();
    await admin.goto('/#/outsideSystems/create');
    await admin.getByLabel('系统代号').fill('province');
    await admin.getByLabel('系统名称').fill('山东省“双随机、一公开”监管平台');
    await admin.getByLabel('接收地址').fill(`${fake.url}/gsxt`);
    await admin.getByLabel('检查结果').check();
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.waitForURL(/#\/outsideSystems(\?.*)?$/);
    const row = admin.locator('tbody tr', { hasText: 'province' });
    await row.getByText('由环境变量 OUTSIDE_PROVINCE_TOKEN 提供').waitFor();
    await row.getByText('未设置').waitFor();

    // The edit form sends the stored fields only (the credential note is read-only: the API refuses it).
    await row.click();
    await admin.getByLabel('接收地址').fill(`${fake.url}/province`);
    await admin.getByLabel('抽取记录').check();
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.waitForURL(/#\/outsideSystems(\?.*)?$/);
    await admin.locator('tbody tr', { hasText: `${fake.url}/province` }).waitFor();
    await h.screenshot(admin, 'outside-systems');
    const systems = (await h.db.query<{ baseUrl: string; kinds: string[] }>('SELECT "baseUrl", kinds FROM outside_systems'))[0];
    expect(systems).toEqual({ baseUrl: `${fake.url}/province`, kinds: ['result', 'draw'] });
  });

  it('shinan.chief publishes a confirmed result; the outbox shows it 已送达 and the stand-in holds it once', async () => {
    const chief = (page = await signIn('shinan.chief'));
    await chief.goto('/#/results');
    const row = chief.locator('tbody tr', { hasText: 'SN-2026-003' }).filter({ has: chief.getByRole('button', { name: '确认结果' }) });
    await row.getByRole('button', { name: '确认结果' }).click();
    await chief.getByText('检查结果已确认').waitFor();
    await chief.locator('tbody tr', { hasText: 'SN-2026-003' }).getByRole('button', { name: '公示' }).first().click();
    await chief.getByText('检查结果已公示').waitFor();

    page = admin;
    await waitForRow(admin, '检查结果', '已送达');
    await h.screenshot(admin, 'outbox-delivered');
    const arrived = fake.received().filter((r) => r.path === 'results' && r.body.id === DRAFT_SHINAN_RESULT);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({ system: 'province', body: { kind: 'result', taskCode: 'SN-2026-003' } });
  });

  it('a dead letter (the stand-in answering 500) is resent from the outbox page and arrives once', async () => {
    fake.setMode('fail');
    const chief = await signIn('shinan.chief');
    const published = await chief.request.post('/api/draws/2/publish', { data: {} });
    expect(published.status()).toBe(200);
    page = admin;
    await waitForRow(admin, '抽取记录', '失败');
    const row = admin.locator('tbody tr', { hasText: '抽取记录' }).filter({ hasText: '失败' });
    await row.getByText('HTTP 500').waitFor();
    await admin.getByRole('combobox', { name: '状态' }).click();
    await admin.getByRole('option', { name: '失败', exact: true }).click();
    await admin.locator('tbody tr').filter({ hasNotText: '失败' }).waitFor({ state: 'detached' });
    await h.screenshot(admin, 'outbox-failed');

    fake.setMode('ok');
    await row.getByRole('button', { name: '重新发送' }).click();
    await admin.getByText('已重新加入发送队列').waitFor();
    await admin
      .getByText('当前筛选条件下没有对外发送队列。')
      .or(admin.locator('tbody tr', { hasText: '待发送' }))
      .first()
      .waitFor();
    await waitForRow(admin, '抽取记录', '已送达');
    await h.screenshot(admin, 'outbox-resent');
    expect(fake.received().filter((r) => r.path === 'draws' && r.body.id === 2)).toHaveLength(1);
  });
});

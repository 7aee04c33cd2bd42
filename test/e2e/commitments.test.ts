import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { login, startHarness, type Harness } from './harness.js';
import { runToEnd } from '../support/process.js';
import { chinaDate } from '../../api/domain/workdays.js';

/** The server's clock, moved forward to the day the public source is announced. */
const clock = { ahead: 0, now: () => new Date(Date.now() + clock.ahead) };
let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('commitments', clock);
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

/** A call to the API with the page's session (a same-origin fetch, as the admin makes it). */
const call = <T>(p: Page, method: string, url: string, body?: unknown): Promise<T> =>
  p.evaluate(
    async ([m, u, b]) =>
      (await fetch(u as string, { method: m as string, headers: { 'Content-Type': 'application/json' }, body: b as string | undefined })).json(),
    [method, url, body === undefined ? undefined : JSON.stringify(body)],
  ) as Promise<T>;
const shot = async (name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  return h.screenshot(page, name);
};
const section = (p: Page) => p.locator('section', { has: p.getByRole('heading', { name: '事先承诺的抽取（DRAW-SPEC §1a）' }) });
const fileOf = (value: unknown) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qd-e2e-commit-')), 'x.json');
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
};

describe('a draw committed before its public source is known (DRAW-SPEC §1a)', { timeout: 90_000 }, () => {
  const code = 'QD-2026-091';
  const sourceDate = chinaDate(new Date(Date.now() + 24 * 3600_000));
  let taskId: number;
  let commitment: string;

  it('city.officer commits; the task shows 已承诺 with the commitment and its public link', async () => {
    page = await h.newPage();
    await login(page, 'city.officer');
    const [model] = await call<{ planLineId: number }[]>(page, 'GET', `/api/tasks?filter=${encodeURIComponent(JSON.stringify({ code: 'QD-2026-001' }))}`);
    const created = await call<{ id: number }>(page, 'POST', '/api/tasks', {
      code,
      title: '2026年度工资支付情况抽查（事先承诺）',
      planLineId: model.planLineId,
      origin: 'own',
      districts: ['370202', '370212'],
      ratioBp: 300,
      teamSize: 2,
      method: 'onsite',
      deadline: `${new Date().getUTCFullYear()}-12-31`,
      publicSourceRequired: true,
      publicSourceNote: '福彩3D 当日开奖号码',
    });
    taskId = created.id;
    await page.goto(`/#/tasks/${taskId}/show`);
    const steps = section(page);
    await steps.getByText('承诺', { exact: true }).first().waitFor();
    // No plain draw button: this task draws from its commitment only.
    expect(await page.getByRole('button', { name: '抽取', exact: true }).count()).toBe(0);
    await steps.getByRole('button', { name: '承诺' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('table').first().waitFor();
    await dialog.getByLabel('公开随机源的公布日期').fill(sourceDate);
    await shot('01-commit-dialog');
    await dialog.getByRole('button', { name: '确认承诺' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已承诺').first().waitFor();
    await steps.getByText(`随机源将于 ${sourceDate} 公布`).waitFor();
    const [stored] = await call<{ commitment: string }[]>(page, 'GET', `/api/commitments?filter=${encodeURIComponent(JSON.stringify({ taskId }))}`);
    commitment = stored.commitment;
    await steps.getByText(commitment).waitFor();
    const link = steps.getByRole('link', { name: /\/api\/public\/commitments\// });
    expect(await link.getAttribute('href')).toBe(`${h.baseUrl}/api/public/commitments/${code}`);
    await shot('02-committed-waiting');
  });

  it('anyone, signed in or not, reads the commitment at its public address before the source is out', async () => {
    const anonymous = await h.newPage();
    const res = await anonymous.goto(`/api/public/commitments/${code}`);
    expect(res?.status()).toBe(200);
    const body = JSON.parse(await anonymous.locator('body').innerText());
    expect(body.commitments).toHaveLength(1);
    expect(body.commitments[0]).toMatchObject({ status: 'live', commitment, publicSourceDate: sourceDate });
    expect(body.commitments[0]).not.toHaveProperty('nonce');
    expect(body.commitments[0].pool.length).toBeGreaterThan(0);
  });

  it('on the source’s date the officer enters its value and draws; the record verifies against the announcement', async () => {
    clock.ahead = Date.parse(`${sourceDate}T00:05:00+08:00`) - Date.now();
    await login(page, 'city.officer');
    await page.goto(`/#/tasks/${taskId}/show`);
    const steps = section(page);
    const value = `${sourceDate} 福彩3D 2 7 1`;
    await steps.getByLabel(/公布的结果/).fill(value);
    await steps.getByRole('button', { name: '下一步' }).click();
    await steps.getByText(`已录入：${value}`).waitFor();
    await shot('03-source-entered');
    await steps.getByRole('button', { name: '按承诺抽取' }).click();
    await steps.getByText('已按承诺抽取，抽取记录见下方。').waitFor();
    await page.getByText('已抽取').first().waitFor();
    await shot('04-drawn-from-commitment');

    const [draw] = await call<{ id: number }[]>(page, 'GET', `/api/draws?filter=${encodeURIComponent(JSON.stringify({ taskId }))}`);
    const record = await call<{ commitment: string; publicSource: string }>(page, 'GET', `/api/draws/${draw.id}`);
    expect(record).toMatchObject({ commitment, publicSource: value });
    const announcement = await call(page, 'GET', `/api/public/commitments/${code}`);
    const verified = await runToEnd(['api/cli/verify-draw.ts', fileOf(record), fileOf(announcement)]);
    expect(verified.out).toMatch(/checks out/);
    expect(verified.code).toBe(0);
  });
});

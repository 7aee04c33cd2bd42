import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, login, menuEntries, startHarness, type Harness } from './harness.js';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness('draws');
});
afterAll(() => h?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await h.screenshot(page, `FAILED-${task.name.slice(0, 40)}`);
});

/** GET from the API with the page's session, as the signed-in user sees it. */
const api = <T>(p: Page, path: string): Promise<T> => p.evaluate(async (url) => (await fetch(url)).json(), `/api/${path}`) as Promise<T>;
const byCode = async (p: Page, code: string) => (await api<{ id: number }[]>(p, `tasks?filter=${encodeURIComponent(JSON.stringify({ code }))}`))[0];
/** Screenshots from the top of the page: a full-page capture of a scrolled page shifts the fixed app bar. */
const shot = async (name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  return h.screenshot(page, name);
};
/** A section of the task page, found by its heading. */
const section = (p: Page, title: string) => p.locator('section', { has: p.getByRole('heading', { name: title, exact: true }) });

interface Preview {
  strata: { stratum: string; candidates: number; quota: number; eligibleInspectors: number }[];
}
interface DrawSummary {
  id: number;
  seed: string;
  status: string;
}

describe('抽查任务 and the verifiable draw (§9.1, §9.2, DRAW-SPEC)', { timeout: 60_000 }, () => {
  let taskId: number;
  let drawId: number;

  it('city.officer previews the draw of QD-2026-001 per district, confirms, and sees the result table and the seed', async () => {
    page = await h.newPage();
    await login(page, 'city.officer');
    expect(await menuEntries(page)).toEqual(expect.arrayContaining(['抽查任务', '抽取记录', '派发查收', '我的检查任务', '回避/更换申请']));
    await page.goto('/#/tasks');
    const row = page.locator('tr', { hasText: 'QD-2026-001' });
    await row.waitFor();
    await shot('01-officer-tasks-list');
    await row.click();
    await page.waitForURL(/#\/tasks\/\d+\/show$/);
    await section(page, '抽取记录').getByText('尚未抽取').waitFor();
    await shot('02-officer-task-draft');
    taskId = (await byCode(page, 'QD-2026-001')).id;

    await page.getByRole('button', { name: '抽取', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const preview = dialog.getByRole('table', { name: '抽取预览' });
    await preview.waitFor();
    const expected = await api<Preview>(page, `tasks/${taskId}/preview`);
    expect(expected.strata.map((s) => s.stratum).sort()).toEqual(['市北区', '市南区', '崂山区'].sort());
    for (const s of expected.strata) {
      const cells = await preview.locator('tr', { hasText: s.stratum }).locator('td').allInnerTexts();
      expect(cells).toEqual([s.stratum, String(s.candidates), String(s.quota), String(s.eligibleInspectors)]);
    }
    await shot('03-officer-draw-preview');
    await dialog.getByRole('button', { name: '确认抽取' }).click();
    const total = expected.strata.reduce((n, s) => n + s.quota, 0);
    await page.getByText(`抽取完成，共抽中 ${total} 个检查对象`).waitFor();

    const [draw] = await api<DrawSummary[]>(page, `draws?filter=${encodeURIComponent(JSON.stringify({ taskId }))}`);
    drawId = draw.id;
    await page.getByText(draw.seed).first().waitFor();
    await page.getByText('npm run verify:draw --').first().waitFor();
    const results = section(page, '抽取结果');
    await expect.poll(() => results.locator('tbody tr').count()).toBe(Math.min(total, 25));
    await results.locator('tbody tr').first().locator('.MuiChip-label').nth(1).waitFor();
    if (total > 25) await page.getByText(`第 1–25 条，共 ${total} 条`).waitFor();
    await shot('04-officer-draw-result');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载记录 JSON' }).click();
    const record = JSON.parse(fs.readFileSync((await (await download).path())!, 'utf8'));
    expect(record).toMatchObject({ algorithm: 'QD-DRAW-2', taskCode: 'QD-2026-001', seed: draw.seed, drawId });
    expect(record.selected).toHaveLength(total);
  });

  it('city.officer asks to replace a team member (岗位调整); city.chief approves it and sees the replacement drawn', async () => {
    const row = section(page, '抽取结果').locator('tbody tr').first();
    const uscc = (await row.locator('td').nth(1).innerText()).trim();
    const inspector = (await row.locator('.MuiChip-label').first().innerText()).trim();
    await row.getByRole('button', { name: '申请回避/更换' }).click();
    await choose(page, '被更换人员', inspector);
    await choose(page, '申请类型', '岗位调整');
    await page.getByLabel('申请理由').fill('已调整至综合科，无法参加本次检查');
    await shot('05-officer-replacement-request');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('申请已提交，等待部门负责人审批').waitFor();
    const requests = section(page, '回避/更换申请');
    await requests.locator('td', { hasText: '待审批' }).waitFor();
    expect(await requests.getByRole('button', { name: '批准' }).count()).toBe(0);

    page = await h.newPage();
    await login(page, 'city.chief');
    await page.goto('/#/replacements');
    const pending = page.locator('tr', { hasText: '已调整至综合科' });
    await pending.getByRole('button', { name: '批准' }).waitFor();
    await shot('06-chief-pending-replacements');
    await pending.getByRole('button', { name: '批准' }).click();
    await page.getByRole('dialog').getByLabel('审批意见').fill('同意，按规定随机另派');
    await page.getByRole('dialog').getByRole('button', { name: '批准' }).click();
    await page.getByText('已批准，替换人员已随机选定').waitFor();

    await page.goto(`/#/replacements?filter=${encodeURIComponent('{}')}`);
    const approved = page.locator('tr', { hasText: '已调整至综合科' });
    await approved.getByText('已批准').waitFor();
    await approved.getByRole('button', { name: '展开' }).click();
    const chosen = page.getByRole('cell', { name: '当选', exact: true }).locator('xpath=..');
    await chosen.waitFor();
    const replacement = (await chosen.locator('td').nth(1).innerText()).trim();
    expect(replacement).not.toBe(inspector);
    await approved.getByText(replacement).first().waitFor();
    await page.getByText('同意，按规定随机另派').waitFor();
    await shot('07-chief-replacement-approved');

    await page.goto(`/#/tasks/${taskId}/show`);
    const team = section(page, '抽取结果').locator('tr', { hasText: uscc }).locator('.MuiChip-label');
    await expect.poll(() => team.allInnerTexts()).toContain(replacement);
    expect(await team.allInnerTexts()).not.toContain(inspector);
    // The record now carries the replacement (DRAW-SPEC §7): the panel lists it, old → new.
    const replacements = page.locator('table', { has: page.getByText('该对象第几次') });
    await replacements.locator('tr', { hasText: uscc }).getByText(`${inspector} → ${replacement}`).waitFor();
    await page.getByRole('button', { name: '作废' }).waitFor();
    await page.getByRole('button', { name: '公开' }).waitFor();
    await shot('08-chief-task-drawn');
  });

  it('city.chief publishes the record for anyone to verify, and a voided record stays listed with its reason', async () => {
    await page.getByRole('button', { name: '公开' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '公开' }).click();
    await page.getByText('抽取记录已公开').waitFor();
    await page.getByText(`/api/public/draws/${drawId}`).waitFor();
    const pub = await page.evaluate(async (url) => (await fetch(url, { credentials: 'omit' })).status, `/api/public/draws/${drawId}`);
    expect(pub).toBe(200);

    await page.getByRole('button', { name: '作废' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '作废' }).click();
    await page.getByRole('dialog').getByText('必填').waitFor();
    await page.getByRole('dialog').getByLabel('作废理由').fill('抽取范围漏选黄岛区，重新抽取');
    await page.getByRole('dialog').getByRole('button', { name: '作废' }).click();
    await page.getByText('抽取记录已作废').waitFor();
    await page.getByText('已作废，理由：抽取范围漏选黄岛区，重新抽取').first().waitFor();
    await shot('09-chief-draw-voided');
    await page.goto('/#/draws');
    await page.locator('tr', { hasText: 'QD-2026-001' }).getByText('已作废，理由：抽取范围漏选黄岛区，重新抽取').waitFor();
    await shot('10-chief-draws-list');
  });

  it('shinan.officer receives its share of QD-2026-002 (查收) and matches its own inspectors', async () => {
    page = await h.newPage();
    await login(page, 'shinan.officer');
    await page.goto('/#/dispatches');
    const share = page.locator('tr', { hasText: '未查收' });
    await share.waitFor();
    await shot('11-district-dispatches');
    await share.getByRole('button', { name: '查收', exact: true }).click();
    await page.getByText('已查收').first().waitFor();
    await page.getByRole('button', { name: '匹配执法人员' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '匹配执法人员' }).click();
    await page.getByText('已为 6 个检查对象匹配执法检查人员').waitFor();
    const matched = page.locator('tr', { hasText: '已匹配' });
    await matched.getByRole('button', { name: '展开' }).click();
    await page.getByText('派发的检查对象').waitFor();
    await page.getByText('人员匹配', { exact: true }).waitFor();
    // The share's entities are rows of the table inside the unfolded row.
    const entities = page.locator('tr tr', { has: page.getByRole('button', { name: '申请回避/更换' }) });
    await expect.poll(() => entities.count()).toBe(6);
    await entities.first().locator('.MuiChip-label').nth(1).waitFor();
    await shot('12-district-share-matched');
  });

  it('shinan.officer asks, from an inspector’s page, to replace a transferred inspector on every open task (岗位调整); shinan.chief approves', async () => {
    page = await h.newPage();
    await login(page, 'shinan.officer');
    const task = await byCode(page, 'SN-2026-002');
    const teams = await api<{ inspectorIds: number[] }[]>(
      page,
      `assignments?filter=${encodeURIComponent(JSON.stringify({ taskId: task.id, active: true }))}&range=[0,99]`,
    );
    const [{ id: keep }] = await api<{ id: number }[]>(page, `inspectors?filter=${encodeURIComponent(JSON.stringify({ certificateNo: '37020220210023' }))}`);
    const leaving = teams.flatMap((a) => a.inspectorIds).find((i) => i !== keep)!;
    const before = teams.filter((a) => a.inspectorIds.includes(leaving)).length;
    await page.goto(`/#/inspectors/${leaving}/show`);
    await page.getByRole('button', { name: '岗位调整：全部更换' }).click();
    await page.getByRole('dialog').getByLabel('申请理由').fill('调离执法岗位，到信访科工作');
    await shot('15-officer-transfer-request');
    await page.getByRole('dialog').getByRole('button', { name: '提交申请' }).click();
    await page.getByText('申请已提交，等待部门负责人审批').waitFor();

    page = await h.newPage();
    await login(page, 'shinan.chief');
    await page.goto('/#/replacements');
    const pending = page.locator('tr', { hasText: '调离执法岗位，到信访科工作' });
    await pending.getByRole('button', { name: '批准' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '批准' }).click();
    await page.getByText('已批准，替换人员已随机选定').waitFor();
    const after = await api<{ inspectorIds: number[] }[]>(
      page,
      `assignments?filter=${encodeURIComponent(JSON.stringify({ taskId: task.id, active: true }))}&range=[0,99]`,
    );
    expect(after.filter((a) => a.inspectorIds.includes(leaving))).toEqual([]);
    const children = await api<unknown[]>(
      page,
      `replacements?filter=${encodeURIComponent(JSON.stringify({ inspectorId: leaving, status: 'approved', kind: 'post_change' }))}&range=[0,99]`,
    );
    expect(children.length).toBeGreaterThanOrEqual(before + 1);
  });

  it('shinan.inspector sees its own assignments in 我的检查任务 and may ask to be recused', async () => {
    page = await h.newPage();
    await login(page, 'shinan.inspector');
    const menu = await menuEntries(page);
    expect(menu).toContain('我的检查任务');
    // An inspector reads its unit's tasks and its own requests, not the draw records.
    expect(menu).not.toContain('抽取记录');
    await page.getByRole('menuitem', { name: '我的检查任务' }).click();
    const mine = await api<{ inspectorIds: number[] }[]>(page, `assignments?filter=${encodeURIComponent(JSON.stringify({ active: true }))}`);
    expect(mine.length).toBeGreaterThan(0);
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(mine.length);
    for (const row of await rows.all()) await row.locator('.MuiChip-label', { hasText: '冯雪' }).waitFor();
    await shot('13-inspector-my-assignments');
    await rows.first().getByRole('button', { name: '申请回避' }).click();
    await page.getByLabel('申请理由').fill('本人配偶在该单位任职');
    await shot('14-inspector-recusal');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('申请已提交，等待部门负责人审批').waitFor();
  });

  it('shows the task page in English', async () => {
    page = await h.newPage();
    await login(page, 'city.chief');
    await page.goto('/#/tasks');
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('tr', { hasText: 'QD-2026-002' }).click();
    await page.getByRole('heading', { name: 'Shares sent to districts' }).waitFor();
    await page.getByText('Matched', { exact: true }).waitFor();
    await page.getByText('How to verify').first().waitFor();
    await shot('15-chief-dispatched-task-english');
  });
});

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { FENG_XUE, INSPECTOR_TEAM_ASSIGNMENT, onsiteBody, TEAMMATE, TEAMMATE_NAME } from '../support/results.js';

/** §9.3.2.2, §9.3.2.3b–c: the printable documents, to the team and the chief only, with the facts they must carry. */
let t: TestApp;
let inspector: Agent;
let chief: Agent;
let other: Agent;
let resultId: number;
let uscc: string;
let entityName: string;
beforeAll(async () => {
  t = await startTestApp();
  inspector = await t.login('shinan.inspector');
  chief = await t.login('shinan.chief');
  other = await t.login('city.inspector');
  resultId = (await inspector.post('/api/results').send(onsiteBody())).body.id;
  const [a] = await t.db.query<{ uscc: string; name: string }>(
    'SELECT a.uscc, e.name FROM assignments a JOIN entities e ON e.id = a."entityId" WHERE a.id = $1',
    [INSPECTOR_TEAM_ASSIGNMENT],
  );
  ({ uscc, name: entityName } = a);
});
afterAll(() => t.close());

/** DOCS_OUT=<dir>: the downloaded files are kept there, to open (LibreOffice → PDF → PNG) and look at. */
const keep = (name: string, data: Buffer) => process.env.DOCS_OUT && fs.writeFileSync(`${process.env.DOCS_OUT}/${name}.docx`, data);

/** The text of word/document.xml (tags dropped). */
const textOf = async (body: Buffer) => {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
};
const get = (agent: Agent, url: string) =>
  agent
    .get(url)
    .buffer(true)
    .parse((res, cb) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => cb(null, Buffer.concat(parts)));
    });

const DOCS = [
  ['notice', `/api/assignments/${INSPECTOR_TEAM_ASSIGNMENT}/documents/notice`, '事先告知书'],
  ['record-blank', `/api/assignments/${INSPECTOR_TEAM_ASSIGNMENT}/documents/record-form`, '检查记录表'],
  ['record-filled', () => `/api/results/${resultId}/documents/record-form`, '检查记录表'],
] as const;

describe('documents', () => {
  for (const [name, url, title] of DOCS)
    it(`${name}: downloads for the team and the chief with entity, task code, team and certificate numbers; 404 for another unit`, async () => {
      const u = typeof url === 'function' ? url() : url;
      for (const agent of [inspector, chief]) {
        const res = await get(agent, u);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toContain('wordprocessingml');
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/);
        expect(decodeURIComponent(res.headers['content-disposition'].split("''")[1])).toContain(title);
        const text = await textOf(res.body as Buffer);
        for (const s of [entityName, uscc, 'SN-2026-002', '市南区人力资源和社会保障局', FENG_XUE.certificateNo, TEAMMATE.certificateNo, TEAMMATE_NAME, '冯雪'])
          expect(text).toContain(s);
        keep(name, res.body as Buffer);
      }
      expect((await get(other, u)).status).toBe(404);
    });

  it('the filled record form carries the entered result: place, notice, category, signoff', async () => {
    const text = await textOf((await get(inspector, `/api/results/${resultId}/documents/record-form`)).body as Buffer);
    expect(text).toContain('青岛市市南区香港中路 10 号');
    expect(text).toContain('☑电话');
    expect(text).toContain('☑未发现问题');
    expect(text).toContain('2026年3月2日');
  });

  it('§9.3.2.3c: no rectification order for a result that found no problem (409); one for a result that did', async () => {
    const res = await get(inspector, `/api/results/${resultId}/documents/rectification`);
    expect(res.status).toBe(409);
    const cur = (await inspector.get(`/api/results/${resultId}`)).body;
    const upd = await inspector.put(`/api/results/${resultId}`).send({
      ...onsiteBody(),
      version: cur.version,
      category: 'problem_pending',
      problems: '未按规定签订书面劳动合同 3 人',
      measures: ['rectify'],
      measureForms: ['written'],
    });
    expect(upd.status).toBe(200);
    for (const agent of [inspector, chief]) {
      const ok = await get(agent, `/api/results/${resultId}/documents/rectification`);
      expect(ok.status).toBe(200);
      const text = await textOf(ok.body as Buffer);
      for (const s of ['责令改正通知书', '未按规定签订书面劳动合同 3 人', '督促整改', entityName, uscc, 'SN-2026-002', FENG_XUE.certificateNo])
        expect(text).toContain(s);
      keep('rectification', ok.body as Buffer);
    }
    expect((await get(other, `/api/results/${resultId}/documents/rectification`)).status).toBe(404);
  });

  it('§9.3.2.2: no notice for a check not to announce (409); unknown ids 404', async () => {
    const cur = (await inspector.get(`/api/results/${resultId}`)).body;
    const upd = await inspector.put(`/api/results/${resultId}`).send({
      ...onsiteBody(),
      version: cur.version,
      noticeMode: 'not_advisable',
      noticeDate: null,
      noticeNotAdvisableReason: '举报线索，事先告知可能妨碍检查',
    });
    expect(upd.status).toBe(200);
    expect((await get(inspector, `/api/assignments/${INSPECTOR_TEAM_ASSIGNMENT}/documents/notice`)).status).toBe(409);
    expect((await get(inspector, '/api/assignments/99999999/documents/notice')).status).toBe(404);
    expect((await get(inspector, '/api/results/abc/documents/record-form')).status).toBe(404);
  });
});

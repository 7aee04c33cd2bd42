import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { onsiteBody, PDF, PNG } from '../support/results.js';

/** §11 evidence files in the database: type from content, size limit, streaming download, scope, one copy per content. */
const LIMIT = 256 * 1024;
let t: TestApp;
let inspector: Agent;
let resultId: number;
beforeAll(async () => {
  t = await startTestApp({ evidenceMaxBytes: LIMIT });
  inspector = await t.login('shinan.inspector');
  resultId = (await inspector.post('/api/results').send(onsiteBody())).body.id;
});
afterAll(() => t.close());

const counts = async () =>
  (
    await t.db.query<{ evidence: number; blobs: number; chunks: number; audit: number; count: number }>(
      `SELECT (SELECT count(*)::int FROM evidence) AS evidence, (SELECT count(*)::int FROM blobs) AS blobs, (SELECT count(*)::int FROM blob_chunks) AS chunks,
              (SELECT max(id)::int FROM audit) AS audit, (SELECT "evidenceCount" FROM results WHERE id = $1) AS count`,
      [resultId],
    )
  )[0];

const upload = (agent: Agent, files: [Buffer, string][], fields: Record<string, string> = {}) => {
  let req = agent
    .post(`/api/results/${resultId}/evidence`)
    .field('kind', fields.kind ?? 'documentary')
    .field('collection', fields.collection ?? 'onsite')
    .field('description', fields.description ?? '现场检查取得的材料');
  for (const [k, v] of Object.entries(fields)) if (!['kind', 'collection', 'description'].includes(k)) req = req.field(k, v);
  for (const [data, name] of files) req = req.attach('files', data, name);
  return req;
};

/** A valid PNG padded to `size` bytes (the padding after IEND is ignored by readers, not by the size limit). */
const bigPng = (size: number, fill = 7) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length, fill)]);

describe('evidence files', () => {
  it('stores a photo and a PDF with the §11 fields, names kept safe, types from content', async () => {
    const before = await counts();
    const res = await upload(inspector, [
      [PNG, '现场照片.png'],
      [PDF, '../../etc/劳动合同.pdf'],
    ]).field('copyVerified', 'true');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ resultId, kind: 'documentary', collection: 'onsite', copyVerified: true, sealedByEntity: false });
    expect(res.body.files.map((f: { name: string; mime: string }) => [f.name, f.mime])).toEqual([
      ['现场照片.png', 'image/png'],
      ['劳动合同.pdf', 'application/pdf'],
    ]);
    const after = await counts();
    expect(after).toMatchObject({ evidence: before.evidence + 1, blobs: before.blobs + 2, count: 1 });
  });

  it('§11: a text file renamed .pdf is refused (415) and nothing is stored', async () => {
    const before = await counts();
    const res = await upload(inspector, [[Buffer.from('这不是 PDF，只是一段文字'), 'scan.pdf']]);
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported_media_type');
    expect(await counts()).toEqual(before);
  });

  it('a file over the limit is refused (413) and nothing is stored, not even the files before it', async () => {
    const before = await counts();
    const res = await upload(inspector, [
      [bigPng(1000, 1), 'small.png'],
      [bigPng(LIMIT + 10), 'big.png'],
    ]);
    expect(res.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it('refuses bad fields and bodies that are not multipart, storing nothing', async () => {
    const before = await counts();
    expect((await upload(inspector, [[PNG, 'a.png']], { kind: 'rumour' })).status).toBe(400);
    expect((await upload(inspector, [])).status).toBe(400);
    expect((await inspector.post(`/api/results/${resultId}/evidence`).send({ kind: 'documentary' })).status).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('accepts a DOCX by its content', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('询问笔录')] }] }));
    const res = await upload(inspector, [[docx, '询问笔录.docx']], { kind: 'other', collection: 'statement' });
    expect(res.status).toBe(201);
    expect(res.body.files[0].mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('the same file uploaded twice is stored once', async () => {
    const file = bigPng(200_000, 3);
    const first = await upload(inspector, [[file, 'first.png']]);
    const before = await counts();
    const second = await upload(inspector, [[file, 'second.png']]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.files[0].sha256).toBe(first.body.files[0].sha256);
    const after = await counts();
    expect(after).toMatchObject({ evidence: before.evidence + 1, blobs: before.blobs, chunks: before.chunks });
  });

  it('streams a download in chunks, byte for byte, with a safe Content-Disposition', async () => {
    const app = await startTestApp({ evidenceMaxBytes: 8 * 1024 * 1024 });
    try {
      const a = await app.login('shinan.inspector');
      const id = (await a.post('/api/results').send(onsiteBody())).body.id;
      const file = Buffer.concat([PNG, Buffer.alloc(2_600_000)]);
      for (let i = PNG.length; i < file.length; i++) file[i] = i % 251;
      const up = await a
        .post(`/api/results/${id}/evidence`)
        .field('kind', 'audiovisual')
        .field('collection', 'onsite')
        .field('description', '现场照片')
        .attach('files', file, '现场:照片*1.png');
      expect(up.status).toBe(201);
      const [{ n }] = await app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM blob_chunks WHERE sha256 = $1', [up.body.files[0].sha256]);
      expect(n).toBe(3);
      const res = await a
        .get(`/api/evidence/${up.body.id}/files/0`)
        .buffer(true)
        .parse((r, cb) => {
          const parts: Buffer[] = [];
          r.on('data', (d: Buffer) => parts.push(d));
          r.on('end', () => cb(null, Buffer.concat(parts)));
        });
      expect(res.status).toBe(200);
      expect(Buffer.compare(res.body as Buffer, file)).toBe(0);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="____1.png"; filename*=UTF-8''${encodeURIComponent('现场照片1.png')}`);
      const inline = await a.get(`/api/evidence/${up.body.id}/files/0?inline=1`);
      expect(inline.headers['content-disposition']).toMatch(/^inline;/);
      expect((await a.get(`/api/evidence/${up.body.id}/files/1`)).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('only those who may read the result download: another district’s user gets 404', async () => {
    const [e] = await t.db.query<{ id: number }>('SELECT id FROM evidence WHERE "resultId" = $1 ORDER BY id LIMIT 1', [resultId]);
    const admin = await t.login('admin');
    const made = await admin
      .post('/api/users')
      .send({ username: 'shibei.chief', name: '市北区科长', role: 'chief', unitId: 3, departmentId: 14, password: 'Shibei#2026x' });
    expect(made.status).toBe(201);
    const other = await t.login('shibei.chief', 'Shibei#2026x');
    expect((await other.get(`/api/evidence/${e.id}/files/0`)).status).toBe(404);
    expect((await other.get(`/api/evidence/${e.id}`)).status).toBe(404);
    expect((await other.get(`/api/results/${resultId}`)).status).toBe(404);
    expect((await (await t.login('shinan.chief')).get(`/api/evidence/${e.id}/files/0`)).status).toBe(200);
    expect((await (await t.login('city.chief')).get(`/api/evidence/${e.id}/files/0`)).status).toBe(200);
    expect((await (await t.login('shinan.officer')).get(`/api/evidence/${e.id}/files/0`)).status).toBe(200);
  });

  it('deleting evidence while a draft removes contents nothing else names', async () => {
    const file = bigPng(5000, 9);
    const a = (await upload(inspector, [[file, 'a.png']])).body;
    const b = (await upload(inspector, [[file, 'b.png']])).body;
    const blobs = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM blobs WHERE sha256 = $1', [a.files[0].sha256]))[0].n;
    expect((await inspector.delete(`/api/evidence/${a.id}`)).status).toBe(200);
    expect(await blobs()).toBe(1);
    expect((await inspector.delete(`/api/evidence/${b.id}`)).status).toBe(200);
    expect(await blobs()).toBe(0);
    expect((await (await t.login('shinan.officer')).delete(`/api/evidence/${a.id}`)).status).toBe(404);
  });
});

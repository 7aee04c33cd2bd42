import { createHash } from 'node:crypto';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import busboy from 'busboy';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import type { Row, Store, TableSpec, Tx } from '../store/store.js';
import type { Queryable } from '../store/db.js';
import { requireAuth, type AuthContext, type AuthedRequest } from '../auth/middleware.js';
import { badRequest, conflict, HttpError, notFound } from '../rest/errors.js';
import { EVIDENCE_COLLECTION, EVIDENCE_KINDS } from '../domain/results.js';
import { can, parse } from './checks.js';
import { idOf, readable } from './scope.js';

/** §11: the file types evidence may be (photos, scans, video, audio, office documents), by content, not by name. */
export const EVIDENCE_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'audio/mpeg': 'mp3',
  'audio/x-m4a': 'm4a',
  'audio/mp4': 'm4a',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};
export const DEFAULT_EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;
const MAX_FILES = 10;
/** Files are stored as chunks of this size (bytea rows), so a download streams without loading a whole file. */
export const CHUNK_BYTES = 1024 * 1024;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const fieldsSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  collection: z.enum(EVIDENCE_COLLECTION),
  description: z.string().trim().min(2).max(1000),
  copyVerified: flag.default(false),
  sealedByEntity: flag.default(false),
  thirdPartyConfirmed: flag.default(false),
});

interface Upload {
  name: string;
  data: Buffer;
}

/** A name safe to store and send back: the base name without control or path characters, with the detected extension. */
export function safeFileName(raw: string, ext: string): string {
  const base = path
    .basename(raw.replace(/\\/g, '/'))
    .replace(/[\p{Cc}\p{Cf}"<>:|?*/]/gu, '')
    .trim();
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 80) || 'file';
  return `${stem}.${ext}`;
}

/** Content-Disposition with a plain ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(name: string, inline: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Reads a multipart body: the evidence record's fields and its files, each held until the request ends (never written
 * anywhere before the whole upload has arrived and been checked). Over the size limit: 413, the rest drained.
 */
function readMultipart(req: Request, maxBytes: number): Promise<{ fields: Record<string, string>; files: Upload[] }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: maxBytes, files: MAX_FILES, fields: 20, fieldSize: 4096, parts: 40 } });
    } catch {
      reject(new HttpError(415, '请求体须为 multipart/form-data', 'unsupported_media_type'));
      return;
    }
    const fields: Record<string, string> = {};
    const files: Upload[] = [];
    let failure: HttpError | undefined;
    const fail = (e: HttpError) => {
      failure ??= e;
    };
    bb.on('field', (name, value) => {
      fields[name] = value;
    });
    bb.on('file', (field, stream, info) => {
      if (field !== 'files') {
        fail(badRequest(`未知的文件字段：${field}`, { [field]: '未知字段' }));
        stream.resume();
        return;
      }
      const parts: Buffer[] = [];
      stream.on('data', (d: Buffer) => {
        if (!failure) parts.push(d);
      });
      stream.on('limit', () => fail(new HttpError(413, `单个文件不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB`, 'too_large', { files: '文件过大' })));
      stream.on('end', () => {
        if (!failure) files.push({ name: info.filename ?? 'file', data: Buffer.concat(parts) });
      });
    });
    bb.on('filesLimit', () => fail(badRequest(`一次最多上传 ${MAX_FILES} 个文件`, { files: '文件过多' })));
    bb.on('partsLimit', () => fail(badRequest('表单字段过多')));
    bb.on('fieldsLimit', () => fail(badRequest('表单字段过多')));
    bb.on('error', () => reject(failure ?? badRequest('multipart 请求体格式错误')));
    bb.on('close', () => (failure ? reject(failure) : resolve({ fields, files })));
    req.on('aborted', () => reject(badRequest('上传被中断')));
    req.pipe(bb);
  });
}

/**
 * Stores a file's content once (content-addressed by SHA-256), in chunks, in the caller's transaction. Chunks travel
 * as base64 text: PGlite encodes a bytea parameter byte by byte (≈ 1 s per MB measured), text 10× faster.
 */
async function storeBlob(tx: Tx, data: Buffer, mime: string): Promise<string> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const inserted = await tx.query(
    'INSERT INTO blobs (sha256, size, mime, "createdAt") VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING RETURNING sha256',
    [sha256, data.length, mime, tx.now],
  );
  if (inserted.length)
    for (let n = 0, at = 0; at < data.length || n === 0; n++, at += CHUNK_BYTES)
      await tx.query(`INSERT INTO blob_chunks (sha256, n, data) VALUES ($1, $2, decode($3, 'base64'))`, [
        sha256,
        n,
        data.subarray(at, at + CHUNK_BYTES).toString('base64'),
      ]);
  return sha256;
}

/** The result a user may attach evidence to: readable, on its team, still a draft. */
async function attachable(q: Queryable, auth: AuthContext, resultId: number, lock = true): Promise<Row> {
  const r = await readable(q, auth, 'results', 'Result', resultId, lock);
  can(auth, 'create', 'Evidence', r);
  if (r.status !== 'draft') throw conflict('检查结果已确认，不能再添加或删除证据', 'result_locked');
  return r;
}

/**
 * §11 evidence files, kept in the database (see the README): an upload is stored with its evidence record in one
 * transaction or not at all.
 *   POST   /results/:id/evidence  multipart: kind, collection, description, the §11.3 flags, files (1–10)
 *   GET    /evidence/:id/files/:n the file, streamed chunk by chunk (?inline=1 for a preview)
 *   DELETE /evidence/:id          the team, while the result is a draft
 */
export function evidenceRouter(store: Store, spec: TableSpec, present: (row: Row) => Record<string, unknown>, maxBytes = DEFAULT_EVIDENCE_MAX_BYTES): Router {
  const router = Router();

  router.post('/results/:id/evidence', requireAuth, async (req: AuthedRequest, res: Response) => {
    const auth = req.auth!;
    const resultId = idOf(req.params.id);
    if (!req.is('multipart/form-data')) throw new HttpError(415, '请求体须为 multipart/form-data', 'unsupported_media_type');
    let body: Awaited<ReturnType<typeof readMultipart>>;
    try {
      // Refuse before reading the body when the user could never attach here.
      await attachable(store.db, auth, resultId, false);
      body = await readMultipart(req, maxBytes);
    } catch (err) {
      req.unpipe();
      req.resume();
      throw err;
    }
    const { fields, files } = body;
    const input = parse(fieldsSchema, fields);
    if (!files.length) throw badRequest('请至少上传一个文件', { files: '请选择文件' });
    const typed: (Upload & { mime: string })[] = [];
    for (const f of files) {
      const type = await fileTypeFromBuffer(f.data);
      const ext = type && EVIDENCE_TYPES[type.mime];
      if (!type || !ext)
        throw new HttpError(415, `文件“${f.name}”的内容不是允许的类型（JPEG、PNG、PDF、MP4、MP3/M4A、DOCX、XLSX）`, 'unsupported_media_type', {
          files: '类型不允许',
        });
      typed.push({ ...f, mime: type.mime, name: safeFileName(f.name, ext) });
    }
    const created = await store.transact(auth.actor, async (tx) => {
      const r = await attachable(tx.q, auth, resultId);
      const stored = [];
      for (const [n, f] of typed.entries()) stored.push({ n, name: f.name, mime: f.mime, size: f.data.length, sha256: await storeBlob(tx, f.data, f.mime) });
      const row = await tx.insert(spec, {
        ...input,
        resultId: r.id,
        taskId: r.taskId,
        unitId: r.unitId,
        departmentId: r.departmentId,
        inspectorUserIds: r.inspectorUserIds,
        files: stored,
      });
      await tx.query('UPDATE results SET "evidenceCount" = "evidenceCount" + 1 WHERE id = $1', [r.id]);
      return row;
    });
    res.status(201).json(present(created));
  });

  router.get('/evidence/:id/files/:n', requireAuth, async (req: AuthedRequest, res: Response) => {
    const auth = req.auth!;
    const e = await readable(store.db, auth, 'evidence', 'Evidence', idOf(req.params.id));
    const file = (e.files as { n: number; name: string; mime: string; size: number; sha256: string }[]).find((f) => String(f.n) === req.params.n);
    if (!file) throw notFound('文件不存在');
    const [{ chunks }] = await store.db.query<{ chunks: number }>('SELECT count(*)::int AS chunks FROM blob_chunks WHERE sha256 = $1', [file.sha256]);
    const preview = req.query.inline === '1' && (file.mime.startsWith('image/') || file.mime === 'application/pdf');
    res.set({
      'Content-Type': file.mime,
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(file.name, preview),
      'Cache-Control': 'private, no-store',
    });
    for (let n = 0; n < chunks; n++) {
      const [chunk] = await store.db.query<{ data: string }>(`SELECT encode(data, 'base64') AS data FROM blob_chunks WHERE sha256 = $1 AND n = $2`, [
        file.sha256,
        n,
      ]);
      if (!res.write(Buffer.from(chunk.data, 'base64'))) await new Promise((resolve) => res.once('drain', resolve));
      if (res.destroyed) return;
    }
    res.end();
  });

  router.delete('/evidence/:id', requireAuth, async (req: AuthedRequest, res: Response) => {
    const auth = req.auth!;
    const removed = await store.transact(auth.actor, async (tx) => {
      const e = await readable(tx.q, auth, 'evidence', 'Evidence', idOf(req.params.id), true);
      can(auth, 'delete', 'Evidence', e);
      await attachable(tx.q, auth, e.resultId as number);
      const [{ n }] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM referrals WHERE "resultId" = $1 AND $2 = ANY("evidenceIds")`, [
        e.resultId,
        e.id,
      ]);
      if (n) throw conflict('该证据已随线索移交，不能删除', 'referenced');
      const row = await tx.remove(spec, e.id);
      await tx.query('UPDATE results SET "evidenceCount" = "evidenceCount" - 1 WHERE id = $1', [e.resultId]);
      // Contents no other evidence names are removed with it (their chunks cascade).
      const shas = (e.files as { sha256: string }[]).map((f) => f.sha256);
      await tx.query(
        `DELETE FROM blobs b WHERE b.sha256 = ANY($1) AND NOT EXISTS (SELECT 1 FROM evidence x, jsonb_array_elements(x.files) f WHERE f->>'sha256' = b.sha256)`,
        [shas],
      );
      return row!;
    });
    res.json(present(removed));
  });

  return router;
}

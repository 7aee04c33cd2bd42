import type { ErrorRequestHandler } from 'express';
import { ForbiddenError } from '@casl/ability';
import { ZodError } from 'zod';
import { StaleVersionError } from '../store/store.js';
import { MalformedTextError } from '../store/db.js';

/**
 * One error type per kind and one handler. Messages are for people (Chinese, like the UI);
 * `code` is stable for programs and for the admin's translations.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly errors?: Record<string, string>,
    /** More of the answer's body, for errors that carry data (e.g. the items a plan leaves uncovered). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors?: Record<string, string>) => new HttpError(400, message, 'invalid', errors);
export const invalidField = (field: string, message: string) => badRequest(`字段 ${field}：${message}`, { [field]: message });
export const unauthorized = (message = '请先登录') => new HttpError(401, message, 'unauthenticated');
export const forbidden = (message = '无权执行此操作') => new HttpError(403, message, 'forbidden');
export const notFound = (message = '记录不存在') => new HttpError(404, message, 'not_found');
export const conflict = (message: string, code = 'conflict') => new HttpError(409, message, code);

export function zodToHttp(err: ZodError): HttpError {
  const errors: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = issue.path.length ? issue.path.join('.') : (issue as { keys?: string[] }).keys?.join(',') || '_';
    if (issue.code === 'unrecognized_keys') {
      for (const k of (issue as { keys: string[] }).keys) errors[k] = '未知字段';
    } else errors[key] ??= issue.message;
  }
  const fields = Object.keys(errors);
  return badRequest(`数据校验失败：${fields.join('、')}`, errors);
}

/**
 * PostgreSQL errors a user can cause, mapped to the field they concern. Constraint names are "<table>_<field>_<kind>".
 * Every data exception (SQLSTATE class 22: a date beyond year 9999, a number out of range, a bad Unicode escape …)
 * is the client's value, not our fault, so the whole class is a 400 here rather than a list of codes.
 */
function pgToHttp(err: { code: string; constraint?: string; detail?: string }): HttpError | undefined {
  const field = err.constraint?.match(/^[A-Za-z_]+?_([A-Za-z]+)_(fkey|key)$/)?.[1];
  if (err.code === '23505') return field ? invalidField(field, '已存在相同的值') : conflict('与已有记录重复', 'duplicate');
  if (err.code === '23503') {
    if (/is still referenced/.test(String(err.detail))) return conflict('该记录仍被其他记录引用，不能删除', 'referenced');
    return field ? invalidField(field, '引用的记录不存在') : conflict('引用的记录不存在或仍被引用', 'referenced');
  }
  if (err.code === '23514' || err.code.startsWith('22')) return badRequest('数据格式或取值不合法（含不允许的字符或超出范围）');
  if (err.code.startsWith('54')) return badRequest('取值过长或过于复杂');
  // Another transaction won a race the row locks could not order (deadlock, serialization failure): the client may retry.
  if (err.code === '40001' || err.code === '40P01') return conflict('记录正被他人同时修改，请重试', 'retry');
  return undefined;
}

/** SQLSTATE codes are five digits or capitals; Node's own error codes (ECONNRESET, Z_DATA_ERROR …) are not. */
const isDatabaseError = (err: unknown): err is { code: string } =>
  typeof (err as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((err as { code: string }).code);

/** Messages for the errors Express and its body parsers raise (http-errors with a `type`). */
const PARSER_MESSAGES: Record<string, string> = {
  'entity.parse.failed': '请求体不是合法的 JSON',
  'charset.unsupported': '不支持的字符集（请求体须为 UTF-8）',
  'encoding.unsupported': '不支持的内容编码（可用 gzip、deflate、br 或不压缩）',
  'request.aborted': '请求体未传完',
  'request.size.invalid': '请求体长度与 Content-Length 不符',
};

/** A 4xx that Express, its router or a body parser raised: a client's mistake (bad encoding, bad %-escape, broken gzip …). */
function clientHttpError(err: { status?: unknown; expose?: unknown; type?: unknown; code?: unknown; limit?: unknown }): HttpError | undefined {
  const status = Number(err.status);
  if (!(status >= 400 && status < 500) || err.expose === false) return undefined;
  const type = typeof err.type === 'string' ? err.type : '';
  const zlib = String(err.code ?? '').startsWith('Z_');
  const limit = typeof err.limit === 'number' ? `（上限 ${Math.round(err.limit / 1024 / 1024)} MB）` : '';
  const message =
    type === 'entity.too.large'
      ? `请求体过大${limit}`
      : (PARSER_MESSAGES[type] ?? (zlib ? '压缩的请求体无法解压' : err instanceof URIError ? '地址中的 % 编码不合法' : '请求不合法'));
  const code = status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : 'invalid';
  return new HttpError(status, message, code);
}

/** Turns anything thrown into the HTTP answer; undefined means a fault of ours (a 500). */
export function toHttpError(err: unknown): HttpError | undefined {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) return zodToHttp(err);
  if (err instanceof ForbiddenError) return forbidden();
  if (err instanceof StaleVersionError) return conflict('记录已被他人修改，请刷新后重试', 'stale_version');
  if (err instanceof MalformedTextError) return badRequest('文字含有不成对的 UTF-16 代理字符（不是合法的 Unicode）');
  if (err && typeof err === 'object' && 'status' in err) return clientHttpError(err as Parameters<typeof clientHttpError>[0]);
  if (isDatabaseError(err)) return pgToHttp(err);
  return undefined;
}

/** Where the handler writes: one line per client mistake, the whole error (with its stack) for our own faults. */
export interface ErrorLog {
  clientError(line: string): void;
  serverError(line: string, err: unknown): void;
}

export const consoleErrorLog: ErrorLog = {
  clientError: (line) => console.warn(line),
  serverError: (line, err) => console.error(line, err),
};

/** The URL as logged: bounded, and control characters escaped so a request cannot forge log lines. */
const loggedUrl = (url: string) => JSON.stringify(url.length > 300 ? `${url.slice(0, 300)}…` : url);

/** The one error handler: every error becomes `{ message, code, errors? }` with its status; never a stack trace. */
export function errorHandler(log: ErrorLog = consoleErrorLog): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const where = `[${new Date().toISOString()}] ${req.method} ${loggedUrl(req.originalUrl)}`;
    if (res.headersSent) {
      // A streamed answer (an export) failed midway: cut the connection so the download fails visibly.
      log.serverError(`${where} failed while streaming`, err);
      res.destroy(err instanceof Error ? err : undefined);
      return;
    }
    let http = toHttpError(err);
    if (!http) {
      log.serverError(where, err);
      http = new HttpError(500, '服务器内部错误', 'internal');
    } else log.clientError(`${where} ${http.status} ${http.code}: ${http.message}`);
    res.status(http.status).json({ ...http.details, message: http.message, code: http.code, ...(http.errors ? { errors: http.errors } : {}) });
  };
}

import type { ErrorRequestHandler } from 'express';
import { ForbiddenError } from '@casl/ability';
import { ZodError } from 'zod';
import { StaleVersionError } from '../store/store.js';

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

/** PostgreSQL errors a user can cause, mapped to the field they concern. Constraint names are "<table>_<field>_<kind>". */
function pgToHttp(err: { code?: string; constraint?: string }): HttpError | undefined {
  const field = err.constraint?.match(/^[A-Za-z_]+?_([A-Za-z]+)_(fkey|key)$/)?.[1];
  if (err.code === '23505') return field ? invalidField(field, '已存在相同的值') : conflict('与已有记录重复', 'duplicate');
  if (err.code === '23503') {
    if (/still referenced|is still referenced/.test(String((err as { detail?: string }).detail))) return conflict('该记录仍被其他记录引用，不能删除', 'referenced');
    return field ? invalidField(field, '引用的记录不存在') : conflict('引用的记录不存在或仍被引用', 'referenced');
  }
  if (['23514', '22P02', '22003', '22007', '22008', '22021', '22P05'].includes(err.code ?? '')) return badRequest('数据格式或取值不合法（含不允许的字符或超出范围）');
  return undefined;
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) {
    // A streamed answer (an export) failed midway: cut the connection so the download fails visibly.
    console.error(`[${new Date().toISOString()}] ${req.method} ${req.originalUrl} failed while streaming`, err);
    res.destroy(err instanceof Error ? err : undefined);
    return;
  }
  let http: HttpError | undefined;
  if (err instanceof HttpError) http = err;
  else if (err instanceof ZodError) http = zodToHttp(err);
  else if (err instanceof ForbiddenError) http = forbidden();
  else if (err instanceof StaleVersionError) http = conflict('记录已被他人修改，请刷新后重试', 'stale_version');
  else if (err?.type === 'entity.too.large') http = new HttpError(413, '请求体过大（上限 1 MB）', 'too_large');
  else if (err?.type === 'entity.parse.failed') http = badRequest('请求体不是合法的 JSON');
  else if (typeof err?.code === 'string') http = pgToHttp(err);
  if (!http) {
    console.error(`[${new Date().toISOString()}] ${req.method} ${req.originalUrl}`, err);
    http = new HttpError(500, '服务器内部错误', 'internal');
  }
  res.status(http.status).json({ ...http.details, message: http.message, code: http.code, ...(http.errors ? { errors: http.errors } : {}) });
};

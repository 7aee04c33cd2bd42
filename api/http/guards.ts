import type { NextFunction, Request, Response } from 'express';
import { HttpError, invalidField } from '../rest/errors.js';
import { malformedTextAt } from '../store/db.js';

/**
 * Mutations carry JSON or nothing: an HTML form always declares another type (even with an empty body), so together
 * with SameSite=Strict cookies this shuts out cross-site and same-site form posts.
 */
export function requireJson(req: Request, _res: Response, next: NextFunction) {
  // DELETE is left out: forms cannot send it, and ra-data-simple-rest labels its empty DELETE text/plain.
  const mutation = ['POST', 'PUT', 'PATCH'].includes(req.method);
  const declared = req.headers['content-type'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (mutation && declared && !req.is('application/json')) throw new HttpError(415, '请求体须为 application/json', 'unsupported_media_type');
  next();
}

/** A JSON body whose text holds a lone UTF-16 surrogate ("\ud800") is refused naming the field (the store refuses it anyway). */
export function refuseMalformedText(req: Request, _res: Response, next: NextFunction) {
  const at = malformedTextAt(req.body);
  if (at !== undefined) throw invalidField(at || '_', '含有不成对的 UTF-16 代理字符（不是合法的 Unicode 文字）');
  next();
}

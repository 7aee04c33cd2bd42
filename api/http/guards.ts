import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { HttpError, invalidField } from '../rest/errors.js';
import { malformedTextAt } from '../store/db.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * State-changing requests from other sites are refused, whatever their body (a bodyless action POST included).
 * Browsers say where a request comes from: `Sec-Fetch-Site` (cross-site / same-site / same-origin / none) and `Origin`.
 * SameSite=Strict already keeps the session cookie off cross-site requests; this also shuts out sibling sites
 * (same-site) and any browser that sends the cookie anyway. Requests with neither header are not from a browser
 * (scripts, curl, other servers) and pass: they cannot ride on a user's cookie.
 */
export function sameOriginWrites(req: Request, _res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.get('Sec-Fetch-Site');
  if (site === 'cross-site' || site === 'same-site') throw new HttpError(403, '拒绝来自其他网站的修改请求', 'cross_site');
  const origin = req.get('Origin');
  // req.protocol and req.host follow X-Forwarded-Proto/-Host only when TRUST_PROXY says to trust them.
  if (origin !== undefined && originOf(origin) !== originOf(`${req.protocol}://${req.host}`))
    throw new HttpError(403, '拒绝来自其他网站的修改请求', 'cross_site');
  next();
}

/**
 * helmet's headers, with HSTS and CSP's upgrade-insecure-requests only over HTTPS: sent on plain http://localhost
 * they would make the browser refuse the embedded default. HTTPS is either declared (SECURE_COOKIES=1) or seen on
 * the request (req.secure, which behind a trusted proxy reads X-Forwarded-Proto).
 */
export function securityHeaders(alwaysHttps: boolean) {
  // 'wasm-unsafe-eval' lets the draw verifier's worker compile its SHA-256 (hash-wasm); it allows no JavaScript eval.
  const scriptSrc = ["'self'", "'wasm-unsafe-eval'"];
  const overHttps = helmet({ contentSecurityPolicy: { directives: { scriptSrc } } });
  const overHttp = helmet({ hsts: false, contentSecurityPolicy: { directives: { scriptSrc, upgradeInsecureRequests: null } } });
  return (req: Request, res: Response, next: NextFunction) => (alwaysHttps || req.secure ? overHttps : overHttp)(req, res, next);
}

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

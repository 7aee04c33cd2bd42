import path from 'node:path';
import fs from 'node:fs';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Store } from './store/store.js';
import { resources as allResources } from './resources/index.js';
import type { ResourceDef } from './resources/types.js';
import { compileResource, resourceRouter } from './rest/router.js';
import { libraryIoRouter, libraryIos } from './actions/library-io.js';
import { itemActionsRouter } from './actions/items.js';
import { planActionsRouter } from './actions/plans.js';
import { drawActionsRouter } from './actions/draws.js';
import { replacementActionsRouter } from './actions/replacements.js';
import { errorHandler, HttpError, notFound } from './rest/errors.js';
import { loadSession } from './auth/middleware.js';
import { authRouter, DEFAULT_LOGIN_POLICY, type LoginPolicy } from './auth/routes.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/sessions.js';

export interface AppDeps {
  store: Store;
  resources?: ResourceDef[];
  sessions?: SessionPolicy;
  login?: LoginPolicy;
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean;
  /** The built admin (vite build output) to serve at /; omitted = API only. */
  staticDir?: string;
  /** Trust X-Forwarded-* from this many proxies (for client addresses in rate limits). */
  trustProxy?: number;
}

/**
 * Mutations carry JSON or nothing: an HTML form always declares another type (even with an empty body), so together
 * with SameSite=Strict cookies this shuts out cross-site and same-site form posts.
 */
function requireJson(req: Request, _res: Response, next: NextFunction) {
  // DELETE is left out: forms cannot send it, and ra-data-simple-rest labels its empty DELETE text/plain.
  const mutation = ['POST', 'PUT', 'PATCH'].includes(req.method);
  const declared = req.headers['content-type'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (mutation && declared && !req.is('application/json')) throw new HttpError(415, '请求体须为 application/json', 'unsupported_media_type');
  next();
}

export function createApp({ store, resources = allResources, sessions = DEFAULT_SESSION_POLICY, login = DEFAULT_LOGIN_POLICY, secureCookies = false, staticDir, trustProxy = 0 }: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(helmet());

  const compiled = new Map(resources.map((def) => [def.name, compileResource(def)]));
  const api = express.Router();
  api.use(loadSession(store, sessions));
  if (compiled.has('entities') && compiled.has('inspectors')) api.use(libraryIoRouter(libraryIos(compiled), store));
  api.use(requireJson);
  api.use(express.json({ limit: '1mb' }));
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  api.use('/auth', authRouter(store, sessions, login, secureCookies));
  api.use(itemActionsRouter(store));
  if (compiled.has('plans')) api.use(planActionsRouter(store, compiled));
  if (compiled.has('tasks')) api.use(drawActionsRouter(store), replacementActionsRouter(store));
  for (const [name, resource] of compiled) api.use(`/${name}`, resourceRouter(resource, store));
  api.use(() => {
    throw notFound('接口不存在');
  });
  app.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  }, api);

  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) {
    app.use(express.static(staticDir, { index: false, maxAge: '1h' }));
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(staticDir, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}

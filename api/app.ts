import path from 'node:path';
import fs from 'node:fs';
import express from 'express';
import type { Store } from './store/store.js';
import { resources as allResources } from './resources/index.js';
import type { ResourceDef } from './resources/types.js';
import { compileResource, resourceRouter } from './rest/router.js';
import { libraryIoRouter, libraryIos } from './actions/library-io.js';
import { itemActionsRouter } from './actions/items.js';
import { planActionsRouter } from './actions/plans.js';
import { drawActionsRouter } from './actions/draws.js';
import { commitmentActionsRouter } from './actions/commitments.js';
import { replacementActionsRouter } from './actions/replacements.js';
import { taskCodeRouter } from './actions/task-codes.js';
import { DEFAULT_EVIDENCE_MAX_BYTES, evidenceRouter } from './actions/evidence.js';
import { resultActionsRouter } from './actions/results.js';
import { documentsRouter } from './actions/documents.js';
import { archiveActionsRouter } from './actions/archives.js';
import { outboxActionsRouter } from './actions/outbox.js';
import { DEFAULT_PUBLIC_POLICY, publicRouter, type PublicPolicy } from './actions/public.js';
import { provinceImportRouter } from './actions/province.js';
import { dashboardRouter, DASHBOARD_RESOURCES } from './actions/dashboard.js';
import { DEFAULT_RESULT_DEADLINES, type ResultDeadlines } from './domain/dashboard.js';
import { consoleErrorLog, errorHandler, notFound, type ErrorLog } from './rest/errors.js';
import { refuseMalformedText, requireJson, sameOriginWrites, securityHeaders } from './http/guards.js';
import { loadSession } from './auth/middleware.js';
import { authRouter, DEFAULT_LOGIN_POLICY, type LoginPolicy } from './auth/routes.js';
import { lockRouter } from './auth/locks.js';
import { randomNonce, type NonceSource } from './actions/nonces.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/sessions.js';

export interface AppDeps {
  store: Store;
  resources?: ResourceDef[];
  sessions?: SessionPolicy;
  login?: LoginPolicy;
  /** The public API's per-address limit (tests raise or lower it). */
  publicApi?: PublicPolicy;
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean;
  /** The built admin and portal (vite build output) to serve at / and /public/; omitted = API only. */
  staticDir?: string;
  /** Trust X-Forwarded-* from this many proxies (client addresses in rate limits, HTTPS seen by the proxy). */
  trustProxy?: number;
  /** The largest evidence file accepted (bytes; default 50 MB, EVIDENCE_MAX_MB in server.ts). */
  evidenceMaxBytes?: number;
  /** Where client mistakes (one line each) and server faults (with their stack) are written. */
  log?: ErrorLog;
  /** Draws' and commitments' secret nonces (DRAW-SPEC §1–1a): a CSPRNG's unless given (the demo-data builder's are reproducible). */
  nonces?: NonceSource;
  /** §13.2b the working days a result may wait for confirmation and for publication (RESULT_*_WORKDAYS in server.ts). */
  resultDeadlines?: ResultDeadlines;
}

export function createApp({
  store,
  resources = allResources,
  sessions = DEFAULT_SESSION_POLICY,
  login = DEFAULT_LOGIN_POLICY,
  publicApi = DEFAULT_PUBLIC_POLICY,
  secureCookies = false,
  staticDir,
  trustProxy = 0,
  log = consoleErrorLog,
  evidenceMaxBytes = DEFAULT_EVIDENCE_MAX_BYTES,
  nonces = randomNonce,
  resultDeadlines = DEFAULT_RESULT_DEADLINES,
}: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders(secureCookies));
  app.use(sameOriginWrites);

  const compiled = new Map(resources.map((def) => [def.name, compileResource(def)]));
  const api = express.Router();
  api.use(loadSession(store, sessions));
  if (compiled.has('entities') && compiled.has('inspectors')) api.use(libraryIoRouter(libraryIos(compiled), store));
  const evidence = compiled.get('evidence');
  if (evidence) api.use(evidenceRouter(store, evidence.spec, evidence.present, evidenceMaxBytes));
  // The provincial export may be an XLSX file (and a JSON one larger than a form's 1 MB).
  if (compiled.has('tasks')) api.use(provinceImportRouter(store));
  api.use(requireJson);
  api.use(express.json({ limit: '1mb' }));
  api.use(refuseMalformedText);
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  api.use('/auth', authRouter(store, sessions, login, secureCookies), lockRouter(store));
  if (compiled.has('results')) api.use('/public', publicRouter(store, publicApi));
  api.use(itemActionsRouter(store));
  if (compiled.has('plans')) api.use(planActionsRouter(store, compiled));
  if (compiled.has('tasks'))
    api.use(taskCodeRouter(store), commitmentActionsRouter(store, nonces), drawActionsRouter(store, nonces), replacementActionsRouter(store));
  const results = compiled.get('results');
  if (results) api.use(resultActionsRouter(store, results.present), documentsRouter(store));
  if (compiled.has('loans') && compiled.has('archives')) api.use(archiveActionsRouter(store, compiled.get('archives')!));
  if (compiled.has('outbox')) api.use(outboxActionsRouter(store));
  if (DASHBOARD_RESOURCES.every((name) => compiled.has(name))) api.use(dashboardRouter(store, compiled, resultDeadlines));
  for (const [name, resource] of compiled) api.use(`/${name}`, resourceRouter(resource, store));
  api.use(() => {
    throw notFound('接口不存在');
  });
  app.use(
    '/api',
    (_req, res, next) => {
      res.set('Cache-Control', 'no-store');
      next();
    },
    api,
  );

  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) {
    app.use(express.static(staticDir, { index: false, maxAge: '1h' }));
    // The public portal (its own Vite entry): every /public/… path is one of its client routes.
    const portal = path.join(staticDir, 'portal', 'index.html');
    if (fs.existsSync(portal)) app.get(/^\/public(\/.*)?$/, (_req, res) => res.sendFile(portal));
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(staticDir, 'index.html')));
  }
  app.use(() => {
    throw notFound('页面不存在');
  });
  app.use(errorHandler(log));
  return app;
}

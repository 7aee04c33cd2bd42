import request from 'supertest';
import type { Express } from 'express';
import { createApp, type AppDeps } from '../../api/app.js';
import { Store, type Clock } from '../../api/store/store.js';
import type { ErrorLog } from '../../api/rest/errors.js';
import type { Db } from '../../api/store/db.js';
import { openTestDb } from './template.js';

export const DEMO_PASSWORD = 'Demo#2026';

/** A clock tests can move. */
export class TestClock implements Clock {
  constructor(public current = new Date('2026-03-02T01:00:00.000Z')) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: Express;
  db: Db;
  store: Store;
  clock: TestClock;
  /** What the app logged: client mistakes as one line each; server faults also go to the console. */
  logs: { client: string[]; server: string[] };
  /** A supertest agent signed in as `username` (demo password unless given). */
  login(username: string, password?: string): Promise<ReturnType<typeof request.agent>>;
  close(): Promise<void>;
}

export async function startTestApp(deps: Partial<AppDeps> = {}): Promise<TestApp> {
  const db = await openTestDb();
  const clock = new TestClock();
  const store = new Store(db, clock);
  const logs: TestApp['logs'] = { client: [], server: [] };
  const log: ErrorLog = {
    clientError: (line) => logs.client.push(line),
    serverError: (line, err) => {
      logs.server.push(line);
      console.error(line, err);
    },
  };
  const app = createApp({ login: { maxFailures: 5, lockMs: 15 * 60_000, perAddress: { windowMs: 60_000, limit: 10_000 } }, log, ...deps, store });
  return {
    app,
    db,
    store,
    clock,
    logs,
    async login(username, password = DEMO_PASSWORD) {
      const agent = request.agent(app);
      const res = await agent.post('/api/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return agent;
    },
    close: () => db.close(),
  };
}

/** Every demo account: admin and city.<role> / shinan.<role> for each other role. */
export const DEMO_ACCOUNTS = [
  'admin',
  ...(['lead', 'officer', 'chief', 'leader', 'archivist', 'inspector'] as const).flatMap((r) => [`city.${r}`, `shinan.${r}`]),
];

export type Agent = Awaited<ReturnType<TestApp['login']>>;

/** Signs every demo account in. */
export async function loginAll(t: TestApp): Promise<Map<string, Agent>> {
  return new Map(await Promise.all(DEMO_ACCOUNTS.map(async (u) => [u, await t.login(u)] as const)));
}

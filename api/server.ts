import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { configFromEnv, openDatabase } from './store/open.js';
import { Store } from './store/store.js';
import { DEMO_PASSWORD, verifyPassword } from './auth/passwords.js';
import type { Db } from './store/db.js';
import { OutboxWorker, workerOptionsFromEnv } from './actions/outbox.js';
import { resultDeadlinesFrom } from './domain/dashboard.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Production must not run with the published demo password on any account. */
async function demoAccounts(db: Db): Promise<string[]> {
  const users = await db.query<{ username: string; passwordHash: string }>('SELECT username, "passwordHash" FROM users WHERE active ORDER BY username');
  const found: string[] = [];
  for (const u of users) if (await verifyPassword(DEMO_PASSWORD, u.passwordHash)) found.push(u.username);
  return found;
}

async function main() {
  const config = configFromEnv();
  const db = await openDatabase(config);
  if (process.env.NODE_ENV === 'production') {
    const demo = await demoAccounts(db);
    if (demo.length) {
      console.error(`Refusing to start in production: these accounts still have the demo password: ${demo.join(', ')}`);
      await db.close();
      process.exit(1);
    }
  }
  const store = new Store(db);
  const app = createApp({
    store,
    staticDir: path.join(root, 'dist'),
    // Secure by default in production (behind HTTPS); SECURE_COOKIES=0 turns it off, =1 on anywhere.
    secureCookies: process.env.SECURE_COOKIES ? process.env.SECURE_COOKIES === '1' : process.env.NODE_ENV === 'production',
    trustProxy: Number(process.env.TRUST_PROXY ?? 0),
    // The largest evidence file accepted, in MB (default 50).
    ...(process.env.EVIDENCE_MAX_MB ? { evidenceMaxBytes: Number(process.env.EVIDENCE_MAX_MB) * 1024 * 1024 } : {}),
    // §13.2b working days a result may wait for confirmation / publication (defaults 10 / 20).
    resultDeadlines: resultDeadlinesFrom(process.env),
  });
  const port = Number(process.env.PORT ?? 3000);
  const server = app.listen(port, () => {
    console.log(
      `双随机、一公开 platform on http://localhost:${port} (${db.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'})`,
    );
  });
  // The publication feed to outside systems (issue 15); OUTBOX_WORKER=0 leaves delivery to other servers.
  const worker = new OutboxWorker({ db, clock: store.clock, ...workerOptionsFromEnv(process.env) });
  if (process.env.OUTBOX_WORKER !== '0') worker.start();
  const stop = () =>
    server.close(() => {
      worker
        .stop()
        .then(() => db.close())
        .then(
          () => process.exit(0),
          (err: unknown) => {
            console.error('closing the database failed:', err instanceof Error ? err.message : err);
            process.exit(1);
          },
        );
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

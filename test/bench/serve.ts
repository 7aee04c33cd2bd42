/**
 * The server side of the benchmark, run by run.ts as a child process (so the server, with PGlite in it, has its
 * own event loop and core, as in production, and the load generator's work does not land on it):
 * opens the prepared database, builds `createApp` with the real resources plus the bench resource, listens on a
 * free port and reports it over IPC.
 *
 *   BENCH_ENGINE=pglite BENCH_DATA_DIR=… | BENCH_ENGINE=postgres BENCH_DATABASE_URL=…   [BENCH_PROPOSAL=1]
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../../api/app.js';
import { resources } from '../../api/resources/index.js';
import { Store } from '../../api/store/store.js';
import type { Db } from '../../api/store/db.js';
import { benchEntities } from './wide-resource.js';
import { ProposedStore, proposedBenchEntities } from './proposal.js';

async function main() {
  const engine = process.env.BENCH_ENGINE;
  let db: Db;
  if (engine === 'postgres') {
    const { openPostgres } = await import('../../api/store/postgres.js');
    db = await openPostgres(process.env.BENCH_DATABASE_URL!);
  } else {
    const { openPglite } = await import('../../api/store/pglite.js');
    db = await openPglite({ dataDir: process.env.BENCH_DATA_DIR! });
  }
  // BENCH_PROPOSAL=1: the changes proposal.ts describes, measured on the same data.
  const proposal = process.env.BENCH_PROPOSAL === '1';
  const app = createApp({
    store: proposal ? new ProposedStore(db) : new Store(db),
    resources: [...resources, proposal ? proposedBenchEntities : benchEntities],
    login: { maxFailures: 5, lockMs: 15 * 60_000, perAddress: { windowMs: 60_000, limit: 1_000_000 } },
  });
  const server = app.listen(0, '127.0.0.1', () => {
    process.send!({ port: (server.address() as AddressInfo).port });
  });
  server.keepAliveTimeout = 60_000;
  const stop = () => {
    server.closeAllConnections();
    server.close(() => {
      // The bench is over whether or not the database closes cleanly: `finally` exits either way.
      void db.close().finally(() => process.exit(0));
    });
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * Stand-ins for the outside systems (issue 15): fake 公示系统 (gsxt), 信用中国 (creditchina) and the provincial platform
 * (province), served by json-server from test/fixtures/outside/db.json, in memory (the fixture file is never written).
 *
 *   POST /<system>/<results|non-cooperation|draws>   stores the JSON body once per Idempotency-Key (a repeat answers 200
 *                                                    with the first copy); 400 without the header
 *   GET  /received?system=gsxt                       what arrived (json-server's router: filters, _sort, …)
 *   GET  /province/tasks                             the provincial platform's dispatched tasks (fixtures' provinceTasks)
 *   POST /__control {mode: ok|fail|timeout|slow}     ok; 500 to every delivery; never answer (a timeout); store at
 *                                                    once but answer only after `slowMs` (default 1 s: in flight)
 *
 * `npm run fake:outside` starts them on 127.0.0.1 (FAKE_OUTSIDE_PORT, default 4010); tests call startFakeOutside({ port: 0 }).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import jsonServer from 'json-server';
import type { NextFunction, Request, Response } from 'express';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(root, 'test/fixtures/outside/db.json');

export type FakeMode = 'ok' | 'fail' | 'timeout' | 'slow';
const MODES: readonly string[] = ['ok', 'fail', 'timeout', 'slow'];

export interface Received {
  id: number;
  system: string;
  path: string;
  key: string;
  authorization: string | null;
  body: Record<string, unknown>;
  receivedAt: string;
}

export interface FakeOutside {
  url: string;
  port: number;
  /** Every distinct message applied (one per Idempotency-Key). */
  received(): Received[];
  /** How many POSTs arrived in all, repeats and refused ones included. */
  attempts(): number;
  setMode(mode: FakeMode): void;
  close(): Promise<void>;
}

interface Data {
  systems: { id: string; accepts: string[] }[];
  received: Received[];
  provinceTasks: unknown[];
}

export async function startFakeOutside({ port = 0, host = '127.0.0.1', mode = 'ok' as FakeMode, slowMs = 1000 } = {}): Promise<FakeOutside> {
  const data = JSON.parse(fs.readFileSync(FIXTURES, 'utf8')) as Data;
  const router = jsonServer.router(data as never);
  const app = jsonServer.create();
  let current: FakeMode = mode;
  let attempts = 0;
  app.use(jsonServer.bodyParser);
  app.post('/__control', (req: Request, res: Response) => {
    const next = (req.body as { mode?: string }).mode;
    if (!next || !MODES.includes(next)) return void res.status(400).json({ error: `mode: ${MODES.join(' | ')}` });
    current = next as FakeMode;
    res.json({ mode: current });
  });
  app.post('/:system/:kind', (req: Request<{ system: string; kind: string }>, res: Response) => {
    attempts++;
    if (current === 'timeout') return; // never answered: the caller's time limit decides
    if (current === 'fail') return void res.status(500).json({ error: 'stand-in told to fail' });
    const system = data.systems.find((s) => s.id === req.params.system);
    if (!system || !system.accepts.includes(req.params.kind)) return void res.status(404).json({ error: 'no such endpoint' });
    const key = req.header('Idempotency-Key');
    if (!key) return void res.status(400).json({ error: 'Idempotency-Key header required' });
    // Slow: applied on arrival, answered late — a sender that dies meanwhile never learns it arrived.
    const answer = (status: number, body: Received) =>
      current === 'slow' ? setTimeout(() => res.status(status).json(body), slowMs) : res.status(status).json(body);
    const seen = data.received.find((r) => r.key === key);
    if (seen) return void answer(200, seen);
    const entry: Received = {
      id: data.received.length + 1,
      system: system.id,
      path: req.params.kind,
      key,
      authorization: req.header('Authorization') ?? null,
      body: req.body as Record<string, unknown>,
      receivedAt: new Date().toISOString(),
    };
    data.received.push(entry);
    answer(201, entry);
  });
  // The provincial platform's open dispatches (issue 15 part 3), in its JSON export format.
  app.get('/province/tasks', (_req: Request, res: Response) => {
    if (current === 'fail') return void res.status(500).json({ error: 'stand-in told to fail' });
    res.json({ tasks: data.provinceTasks });
  });
  // Reads only: the fixtures and what arrived, through json-server's router.
  app.use((req: Request, res: Response, next: NextFunction) => (req.method === 'GET' ? next() : res.status(405).json({ error: 'read only' })));
  app.use(router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    received: () => [...data.received],
    attempts: () => attempts,
    setMode: (m) => {
      current = m;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.FAKE_OUTSIDE_PORT ?? 4010);
  startFakeOutside({ port, mode: (process.env.FAKE_OUTSIDE_MODE as FakeMode | undefined) ?? 'ok' }).then(
    (f) => console.log(`outside-system stand-ins on ${f.url}: /gsxt, /creditchina, /province (GET /received to see what arrived)`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}

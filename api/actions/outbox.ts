import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../store/db.js';
import type { Clock, Row, Store, Tx } from '../store/store.js';
import { requireAuth, type AuthedRequest } from '../auth/middleware.js';
import { conflict } from '../rest/errors.js';
import { afterFailure, DEFAULT_BACKOFF, type BackoffPolicy } from '../domain/backoff.js';
import type { OutboxKind } from '../domain/outbox.js';
import { PUBLIC_RESULT_COLUMNS, publicResultRow } from '../resources/results.js';
import { can, parse } from './checks.js';
import { idOf, readable } from './scope.js';

/**
 * The publication feed to outside systems (issue 15: 公示系统, 信用中国, the provincial platform).
 * Publishing writes one outbox message per enabled system receiving that kind, in the publication's own transaction;
 * a worker in each server delivers them (claimed FOR UPDATE SKIP LOCKED under a lease that expires when a server dies),
 * with an Idempotency-Key header so that a message delivered twice is applied once.
 */
/** Where each kind is POSTed, under the system's base URL. */
export const KIND_PATHS: Record<OutboxKind, string> = { result: 'results', nonCooperation: 'non-cooperation', draw: 'draws' };

/** The environment variable holding a system's credential (sent as `Authorization: Bearer …`); never stored. */
export const tokenVariable = (systemName: string) => `OUTSIDE_${systemName.toUpperCase()}_TOKEN`;

/** What the public sees of a result (§5.3), as GET /public/results gives it. */
export async function publicResult(tx: Tx, resultId: number): Promise<Record<string, unknown>> {
  const [row] = await tx.query<Row>(`SELECT ${PUBLIC_RESULT_COLUMNS} FROM results r JOIN units u ON u.id = r."unitId" WHERE r.id = $1`, [resultId]);
  return publicResultRow(row);
}

/** What the public sees of a published draw record, without its long lists (they are at the public URL). */
export async function publicDraw(tx: Tx, drawId: number): Promise<Record<string, unknown>> {
  const [row] = await tx.query<Row>(
    `SELECT d.id, d."taskId", t.code AS "taskCode", d.kind AS "drawKind", d."drawnAt", d."publishedAt", d."poolSize", d."selectedCount", d.status, u.name AS authority
       FROM draws d JOIN tasks t ON t.id = d."taskId" JOIN units u ON u.id = d."unitId" WHERE d.id = $1`,
    [drawId],
  );
  return { ...row, publicUrl: `/api/public/draws/${drawId}` };
}

/**
 * Writes one message per enabled system receiving `kind`, in the caller's transaction. Returns how many. The payload
 * is read only when some system receives it: a publication with no outside system configured costs one query.
 */
export async function enqueue(tx: Tx, kind: OutboxKind, recordId: number, payloadOf: () => Promise<Record<string, unknown>>): Promise<number> {
  const systems = await tx.query<{ id: number }>(`SELECT id FROM outside_systems WHERE enabled AND $1 = ANY(kinds) ORDER BY id`, [kind]);
  if (!systems.length) return 0;
  const payload = await payloadOf();
  for (const s of systems) {
    await tx.query(
      `INSERT INTO outbox ("systemId", kind, "recordId", payload, "idempotencyKey", state, tries, "nextTryAt", "createdAt", "updatedAt", "createdBy", "updatedBy")
       VALUES ($1, $2, $3, $4::jsonb, $5, 'pending', 0, $6, $6, $6, $7, $7)`,
      [s.id, kind, recordId, JSON.stringify({ ...payload, kind }), `${kind}-${recordId}-${s.id}-${randomUUID()}`, tx.now, tx.actor.id],
    );
  }
  return systems.length;
}

export interface OutboxWorkerOptions {
  db: Db;
  clock: Clock;
  /** Attempts before a message becomes a dead letter (OUTBOX_MAX_TRIES, default 8). */
  maxTries?: number;
  /** One request's time limit. */
  timeoutMs?: number;
  /** How long a claimed message is this worker's; past it, another server may take it over. */
  leaseMs?: number;
  /** Idle wait between polls. */
  pollMs?: number;
  /** Messages claimed at once. */
  batch?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  env?: Record<string, string | undefined>;
  /** Called with each failed attempt's error (logging). */
  onError?: (message: Row, error: string) => void;
}

interface Claimed extends Row {
  id: number;
  kind: OutboxKind;
  payload: unknown;
  idempotencyKey: string;
  tries: number;
  baseUrl: string;
  systemName: string;
  leaseUntil: string;
}

/** Delivers due messages; start()/stop() run it on a timer, runOnce() does one batch (tests, the benchmark). */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  readonly maxTries: number;
  private readonly o: Required<Omit<OutboxWorkerOptions, 'onError'>> & Pick<OutboxWorkerOptions, 'onError'>;

  constructor(options: OutboxWorkerOptions) {
    this.o = {
      maxTries: 8,
      timeoutMs: 10_000,
      leaseMs: 60_000,
      pollMs: 1_000,
      batch: 20,
      backoff: DEFAULT_BACKOFF,
      random: Math.random,
      env: process.env,
      ...options,
    };
    this.maxTries = this.o.maxTries;
  }

  /** Claims up to `batch` due messages (pending and due, or sending with an expired lease) for this worker. */
  async claim(): Promise<Claimed[]> {
    const now = this.o.clock.now();
    const lease = new Date(now.getTime() + Math.max(this.o.leaseMs, this.o.timeoutMs * 2)).toISOString();
    return this.o.db.transaction(async (q) => {
      const rows = await q.query<Claimed>(
        `WITH due AS (
           SELECT id FROM outbox
            WHERE (state = 'pending' AND "nextTryAt" <= $1) OR (state = 'sending' AND "leaseUntil" < $1)
            ORDER BY "nextTryAt", id LIMIT $3 FOR UPDATE SKIP LOCKED)
         UPDATE outbox o SET state = 'sending', "leaseUntil" = $2, "updatedAt" = $1
           FROM due, outside_systems s WHERE o.id = due.id AND s.id = o."systemId"
         RETURNING o.id, o.kind, o.payload, o."idempotencyKey", o.tries, o."leaseUntil", s."baseUrl", s.name AS "systemName"`,
        [now.toISOString(), lease, this.o.batch],
      );
      return rows;
    });
  }

  private async deliver(m: Claimed): Promise<void> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Idempotency-Key': m.idempotencyKey };
    const token = this.o.env[tokenVariable(m.systemName)];
    if (token) headers.Authorization = `Bearer ${token}`;
    let error: string | null = null;
    try {
      const res = await fetch(`${m.baseUrl.replace(/\/+$/, '')}/${KIND_PATHS[m.kind]}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(m.payload),
        signal: AbortSignal.timeout(this.o.timeoutMs),
        redirect: 'error',
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status > 299) error = `HTTP ${res.status}`;
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      error = e.name === 'TimeoutError' ? `超时（${this.o.timeoutMs} ms）` : (e.cause?.code ?? e.message);
    }
    const now = this.o.clock.now().toISOString();
    // Only the holder of the lease records the outcome (a server that lost its lease to another leaves it to that one).
    if (error === null) {
      await this.o.db.query(
        `UPDATE outbox SET state = 'delivered', tries = tries + 1, "deliveredAt" = $2, "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = $2
          WHERE id = $1 AND state = 'sending' AND "leaseUntil" = $3`,
        [m.id, now, m.leaseUntil],
      );
      return;
    }
    this.o.onError?.(m, error);
    const next = afterFailure(m.tries + 1, this.o.maxTries, this.o.random(), this.o.backoff);
    await this.o.db.query(
      `UPDATE outbox SET state = $2, tries = tries + 1, "lastError" = $3, "nextTryAt" = $4, "leaseUntil" = NULL, "updatedAt" = $5
        WHERE id = $1 AND state = 'sending' AND "leaseUntil" = $6`,
      [m.id, next.state, error.slice(0, 500), next.state === 'pending' ? new Date(Date.parse(now) + next.delayMs).toISOString() : now, now, m.leaseUntil],
    );
  }

  /** One batch: claims due messages and delivers them concurrently. Returns how many were attempted. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(claimed.map((m) => this.deliver(m)));
    return claimed.length;
  }

  /** Runs batches until there is nothing due (tests and the benchmark). */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.runOnce(); n > 0; n = await this.runOnce()) total += n;
    return total;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = () => {
      this.running = this.runOnce()
        .catch((err: unknown) => console.error('outbox worker:', err instanceof Error ? err.message : err))
        .then((n) => {
          if (!this.stopped) this.timer = setTimeout(tick, n ? 0 : this.o.pollMs);
        });
    };
    tick();
  }

  /** Stops polling and waits for the batch in flight; no timer is left. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

/** The worker's settings from the environment (server.ts). */
export function workerOptionsFromEnv(env: Record<string, string | undefined>): Partial<OutboxWorkerOptions> {
  const num = (name: string) => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${v}`);
    return n;
  };
  const o: Partial<OutboxWorkerOptions> = {};
  const maxTries = num('OUTBOX_MAX_TRIES');
  if (maxTries) o.maxTries = Math.floor(maxTries);
  const timeoutMs = num('OUTBOX_TIMEOUT_MS');
  if (timeoutMs) o.timeoutMs = timeoutMs;
  const leaseMs = num('OUTBOX_LEASE_MS');
  if (leaseMs) o.leaseMs = leaseMs;
  const pollMs = num('OUTBOX_POLL_MS');
  if (pollMs) o.pollMs = pollMs;
  const baseMs = num('OUTBOX_BACKOFF_MS');
  if (baseMs) o.backoff = { baseMs, maxMs: DEFAULT_BACKOFF.maxMs };
  return o;
}

/**
 *   POST /outbox/:id/resend   an administrator sends a dead letter again (tries start over)
 */
export function outboxActionsRouter(store: Store): Router {
  const router = Router();
  router.post('/outbox/:id/resend', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    parse(z.strictObject({}), req.body);
    const row = await store.transact(auth.actor, async (tx) => {
      const m = await readable(tx.q, auth, 'outbox', 'OutboxMessage', idOf(req.params.id), true);
      can(auth, 'update', 'OutboxMessage', m);
      if (m.state !== 'failed') throw conflict('只有发送失败的消息可以重新发送', 'not_failed');
      const [after] = await tx.query<Row>(
        `UPDATE outbox SET state = 'pending', tries = 0, "nextTryAt" = $2, "leaseUntil" = NULL, version = version + 1, "updatedAt" = $2, "updatedBy" = $3
          WHERE id = $1 RETURNING id, state, tries, "nextTryAt"`,
        [m.id, tx.now, auth.user.id],
      );
      await tx.audit('resend', 'outbox', m.id as number, { state: 'failed', tries: m.tries }, { state: 'pending', tries: 0 });
      return after;
    });
    res.json(row);
  });
  return router;
}

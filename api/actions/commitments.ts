import { Router } from 'express';
import type { NonceSource } from './nonces.js';
import { z } from 'zod';
import type { Queryable } from '../store/db.js';
import type { Row, Store } from '../store/store.js';
import { requireAuth, type AuthedRequest } from '../auth/middleware.js';
import { badRequest, conflict, HttpError, notFound } from '../rest/errors.js';
import {
  ALGORITHM,
  byCodePoint,
  canonicalPool,
  computeCommitment,
  countByStratum,
  inspectorPoolHash,
  normalizeInspectors,
  parseCanonicalPool,
} from '../domain/draw.js';
import { chinaDate } from '../domain/workdays.js';
import { idOf, readable } from './scope.js';
import { inspectorPool, taskExclusions, taskPoolTextQuery } from './draw-inputs.js';
import { can, parse, reasonBody } from './checks.js';

const commitBody = z.strictObject({ publicSourceDate: z.iso.date('应为日期，如 2026-12-08') });

/** One commitment as GET /api/public/commitments/:taskCode and POST /api/tasks/:id/commit give it (DRAW-SPEC §1a). */
export interface PublicCommitment {
  id: number;
  algorithm: string;
  kind: 'full' | 'entities';
  taskCode: string;
  status: 'live' | 'drawn' | 'voided';
  commitment: string;
  poolHash: string;
  inspectorPoolHash: string;
  publicSourceNote: string;
  publicSourceDate: string;
  committedAt: string;
  ratioBp?: number;
  count?: number;
  teamSize: number;
  poolSize: number;
  candidates: Record<string, number>;
  /** Only once voided: a voided commitment is never drawn, so its nonce is disclosed. */
  nonce?: string;
  voidReason?: string;
  voidedAt?: string;
  drawId?: number;
  publicDraw?: string;
  pool: { id: string; stratum: string }[];
  inspectorPool: { id: string; strata: string[] }[];
  exclusions: [string, string][];
}

/** The §1a announcement, as anyone may read it: never the nonce while the commitment is live or was drawn. */
function publicCommitment(c: Row, drawPublished: boolean): PublicCommitment {
  return {
    id: c.id,
    algorithm: ALGORITHM,
    kind: c.kind,
    taskCode: c.taskCode,
    status: c.status,
    commitment: c.commitment,
    poolHash: c.poolHash,
    inspectorPoolHash: c.inspectorPoolHash,
    publicSourceNote: c.publicSourceNote,
    publicSourceDate: c.publicSourceDate,
    committedAt: c.committedAt,
    ...(c.ratioBp != null ? { ratioBp: c.ratioBp } : { count: c.count }),
    teamSize: c.teamSize,
    poolSize: c.poolSize,
    candidates: c.poolCounts,
    // A voided commitment will never be drawn: its nonce is shown, so anyone can check it was honest.
    ...(c.status === 'voided' ? { nonce: c.nonce, voidReason: c.voidReason, voidedAt: c.voidedAt } : {}),
    ...(c.status === 'drawn' ? { drawId: c.drawId, ...(drawPublished ? { publicDraw: `/api/public/draws/${c.drawId}` } : {}) } : {}),
    pool: parseCanonicalPool(c.poolText as string),
    inspectorPool: c.inspectorPool,
    exclusions: c.exclusions,
  } as PublicCommitment;
}

/** The task's live commitment (locked), if any. */
export async function liveCommitment(q: Queryable, taskId: number): Promise<Row | undefined> {
  const [c] = await q.query<Row>(`SELECT * FROM commitments WHERE "taskId" = $1 AND status = 'live' FOR UPDATE`, [taskId]);
  return c;
}

/**
 * DRAW-SPEC §1a, a task that declares its public randomness source in advance:
 *   POST /tasks/:id/commit        the owning office freezes both pools, draws and keeps the nonce, publishes H
 *   POST /commitments/:id/void    the office's head, with a reason; the task returns to draft for a new commitment
 *   GET  /public/commitments/:taskCode   every commitment of the task, newest first (anyone, at once)
 * The draw itself (POST /tasks/:id/draw) uses the live commitment: see draws.ts.
 */
export function commitmentActionsRouter(store: Store, nonces: NonceSource): Router {
  const router = Router();

  router.get('/public/commitments/:taskCode', async (req, res) => {
    const rows = await store.db.query<Row>(
      `SELECT c.*, t.title, COALESCE(d.published OR t.status = 'published', false) AS "drawPublished"
         FROM commitments c JOIN tasks t ON t.id = c."taskId" LEFT JOIN draws d ON d.id = c."drawId"
        WHERE c."taskCode" = $1 ORDER BY c.id DESC`,
      [String(req.params.taskCode)],
    );
    if (!rows.length) throw notFound();
    res.json({ taskCode: rows[0].taskCode, title: rows[0].title, commitments: rows.map((c) => publicCommitment(c, c.drawPublished as boolean)) });
  });

  router.post('/tasks/:id/commit', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { publicSourceDate } = parse(commitBody, req.body);
    const result = await store.transact(auth.actor, async (tx) => {
      const task = await readable(tx.q, auth, 'tasks', 'Task', idOf(req.params.id), true);
      can(auth, 'draw', 'Task', task);
      if (task.status === 'committed') throw conflict('该任务已有有效的抽取承诺；如需重新承诺，须由负责人作废原承诺', 'already_committed');
      if (task.status !== 'draft') throw conflict('该任务已抽取', 'already_drawn');
      if (!task.publicSourceRequired) throw conflict('只有事先声明公开随机源的任务需要承诺（DRAW-SPEC §1a）', 'no_public_source');
      const today = chinaDate(new Date(tx.now));
      if (publicSourceDate <= today) throw badRequest('公开随机源的日期须在承诺之后', { publicSourceDate: `应晚于今天（${today}）` });
      if (publicSourceDate > (task.deadline as string)) throw badRequest('公开随机源的日期须不晚于任务期限', { publicSourceDate: `应不晚于 ${task.deadline}` });

      const { sql, params } = await taskPoolTextQuery(tx.q, task);
      const [{ text }] = await tx.query<{ text: string | null }>(`SELECT ${sql} AS text`, params);
      const { pool, poolHash, text: canonical } = canonicalPool(text ?? '');
      if (!pool.length) throw conflict('抽取范围内没有符合条件的检查对象', 'empty_pool');
      const poolText = canonical ?? pool.map((c) => `${c.id}\t${c.stratum}\n`).join('');
      const counts = countByStratum(pool);
      const dispatch = task.dispatch as boolean;
      // The committer is left out like the person who runs a draw: no one draws themselves (§5).
      const found = dispatch ? [] : await inspectorPool(tx.q, [task.unitId as number], task.method as string, task.districts as string[], auth.user.id);
      const inspectors = normalizeInspectors(found);
      const exclusions = dispatch
        ? []
        : (
            await taskExclusions(
              tx.q,
              task,
              found.map((i) => i.inspectorId),
            )
          ).sort((a, b) => byCodePoint(a[0], b[0]) || byCodePoint(a[1], b[1]));
      if (!dispatch) {
        const short = [...counts.keys()].sort(byCodePoint).filter((s) => inspectors.filter((i) => i.strata.includes(s)).length < (task.teamSize as number));
        if (short.length) throw conflict(`以下区（市）可匹配的执法人员少于 ${task.teamSize} 人，无法承诺：${short.join('、')}`, 'cannot_staff');
      }
      const nonce = nonces();
      const commitment = computeCommitment(task.code as string, nonce);
      const ipHash = inspectorPoolHash(inspectors, exclusions);
      const [row] = await tx.query<Row>(
        `INSERT INTO commitments ("taskId", "unitId", "departmentId", "taskCode", kind, commitment, nonce, "poolHash", "poolText", "poolSize", "poolCounts",
                                  "inspectorPool", exclusions, "inspectorPoolHash", "inspectorCount", "ratioBp", count, "teamSize", "publicSourceNote",
                                  "publicSourceDate", "committedAt", "committedBy", "committedByName")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23) RETURNING *`,
        [
          task.id,
          task.unitId,
          task.departmentId,
          task.code,
          dispatch ? 'entities' : 'full',
          commitment,
          nonce,
          poolHash,
          poolText,
          pool.length,
          JSON.stringify(Object.fromEntries(counts)),
          JSON.stringify(inspectors),
          JSON.stringify(exclusions),
          ipHash,
          inspectors.length,
          task.ratioBp,
          task.count,
          task.teamSize,
          task.publicSourceNote ?? '',
          publicSourceDate,
          tx.now,
          auth.user.id,
          auth.user.name,
        ],
      );
      await tx.query(`UPDATE tasks SET status = 'committed', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1`, [
        task.id,
        tx.now,
        tx.actor.id,
      ]);
      // What the audit keeps is what is published: never the nonce.
      await tx.audit('commit', 'commitments', row.id as number, null, {
        taskId: task.id,
        commitment,
        poolHash,
        inspectorPoolHash: ipHash,
        publicSourceNote: row.publicSourceNote,
        publicSourceDate,
        committedAt: row.committedAt,
      });
      return publicCommitment(row, false);
    });
    res.status(201).json(result);
  });

  router.post('/commitments/:id/void', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { reason } = parse(reasonBody, req.body);
    await store.transact(
      auth.actor,
      async (tx) => {
        const c = await readable(tx.q, auth, 'commitments', 'Commitment', idOf(req.params.id), true);
        can(auth, 'void', 'Commitment', c);
        if (c.status === 'voided') throw conflict('该承诺已作废', 'already_voided');
        if (c.status === 'drawn') throw conflict('已按该承诺抽取；如需重抽，须作废抽取记录', 'already_drawn');
        await tx.query(`UPDATE commitments SET status = 'voided', "voidReason" = $2, "voidedAt" = $3, "voidedBy" = $4 WHERE id = $1`, [
          c.id,
          reason,
          tx.now,
          auth.user.id,
        ]);
        await tx.query(`UPDATE tasks SET status = 'draft', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1 AND status = 'committed'`, [
          c.taskId,
          tx.now,
          auth.user.id,
        ]);
        await tx.audit('void', 'commitments', c.id as number, { status: 'live' }, { status: 'voided', voidReason: reason });
      },
      reason,
    );
    res.json({ ok: true });
  });

  return router;
}

/** 409 unless the public source's date has come (China time): the draw waits for the value it commits to. */
export function assertSourceDue(c: Row, now: string) {
  const today = chinaDate(new Date(now));
  if (today < (c.publicSourceDate as string))
    throw new HttpError(409, `公开随机源（${c.publicSourceNote}）于 ${c.publicSourceDate} 公布，届时方可抽取`, 'source_not_due');
}

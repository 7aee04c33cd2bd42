import { Router } from 'express';
import { z } from 'zod';
import type { Row, Store, Tx } from '../store/store.js';
import { requireAuth, type AuthContext, type AuthedRequest } from '../auth/middleware.js';
import { conflict, HttpError } from '../rest/errors.js';
import { confirmProblems, nextResultStatus, type ResultAction, type ResultStatus } from '../domain/results.js';
import { can, parse, reasonBody } from './checks.js';
import { idOf, readable } from './scope.js';
import { teamOf } from '../resources/results.js';
import { syncResultStatus } from '../resources/resultStatus.js';
import { enqueue, publicResult } from './outbox.js';

const explainBody = z.strictObject({ explanation: z.string().trim().min(2).max(1000) });
const nonCooperationBody = z.strictObject({ publish: z.boolean() });

/** The result, locked, if the user may read it and do `action` on it in its current state. */
async function actionable(tx: Tx, auth: AuthContext, id: number, action: 'confirm' | 'reopen' | 'publish' | 'explain', move?: ResultAction): Promise<Row> {
  const r = await readable(tx.q, auth, 'results', 'Result', id, true);
  can(auth, action, 'Result', r);
  if (move && !nextResultStatus(r.status as ResultStatus, move)) {
    const messages: Record<ResultAction, string> = {
      save: '检查结果已确认，不能修改',
      confirm: '只有草稿状态的检查结果可以确认',
      reopen: '只有已确认、尚未公示的检查结果可以退回',
      publish: '只有已确认的检查结果可以公示',
    };
    throw conflict(messages[move], 'illegal_state');
  }
  return r;
}

const historyEntry = (tx: Tx, auth: AuthContext, action: string, reason: string | null = null) =>
  JSON.stringify([{ at: tx.now, by: auth.user.id, byName: auth.user.name, action, reason }]);

/** Moves a result to a state (with the columns that go with it) and carries the state to its assignment and task. */
async function move(tx: Tx, auth: AuthContext, r: Row, status: ResultStatus, action: string, extra: Record<string, unknown>, reason: string | null = null) {
  const cols = Object.keys(extra);
  const [after] = await tx.query<Row>(
    `UPDATE results SET status = $2, history = history || $3::jsonb, ${cols.map((c, i) => `"${c}" = $${i + 6}`).join(', ')}${cols.length ? ', ' : ''}
       version = version + 1, "updatedAt" = $4, "updatedBy" = $5 WHERE id = $1 RETURNING *`,
    [r.id, status, historyEntry(tx, auth, action, reason), tx.now, auth.user.id, ...Object.values(extra)],
  );
  await tx.audit(action, 'results', r.id as number, { status: r.status }, { status, ...extra, ...(reason ? { reason } : {}) });
  if (status !== r.status) await syncResultStatus(tx, after);
  return after;
}

/**
 * The result's procedure after entry:
 *   POST /results/:id/confirm          the responsible inspector (§9.3.2.4) or the office's head: every rule met, then locked
 *   POST /results/:id/reopen {reason}  the office's head only: back to draft, the reason kept in the history
 *   POST /results/:id/explain {explanation}  the office's head explains a late entry (§13.2d)
 *   POST /results/:id/publish          the office's head publishes a confirmed result (§5.3, §9.3.2.4)
 *   POST /results/:id/non-cooperation {publish}  the head marks serious non-cooperation for publication (§10.1)
 */
export function resultActionsRouter(store: Store, present: (row: Row) => Record<string, unknown>): Router {
  const router = Router();

  router.post('/results/:id/confirm', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    parse(z.strictObject({}), req.body);
    const done = await store.transact(auth.actor, async (tx) => {
      const r = await actionable(tx, auth, idOf(req.params.id), 'confirm', 'confirm');
      const [counts] = await tx.query<{ evidence: number; police: number }>(
        `SELECT (SELECT count(*)::int FROM evidence WHERE "resultId" = $1) AS evidence,
                (SELECT count(*)::int FROM referrals WHERE "resultId" = $1 AND kind = 'police') AS police`,
        [r.id],
      );
      const problems = confirmProblems(r as never, {
        team: await teamOf(tx, r.inspectorIds as number[]),
        evidenceCount: counts.evidence,
        policeReferrals: counts.police,
      });
      if (Object.keys(problems).length) throw new HttpError(400, `检查结果尚不能确认：${Object.values(problems).join('；')}`, 'result_incomplete', problems);
      return move(tx, auth, r, 'confirmed', 'confirm', { confirmedAt: tx.now, confirmedBy: auth.user.id });
    });
    res.json(present(done));
  });

  router.post('/results/:id/reopen', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { reason } = parse(reasonBody, req.body);
    const done = await store.transact(auth.actor, async (tx) => {
      const r = await actionable(tx, auth, idOf(req.params.id), 'reopen', 'reopen');
      return move(tx, auth, r, 'draft', 'reopen', { confirmedAt: null, confirmedBy: null }, reason);
    });
    res.json(present(done));
  });

  router.post('/results/:id/explain', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { explanation } = parse(explainBody, req.body);
    const done = await store.transact(auth.actor, async (tx) => {
      const r = await actionable(tx, auth, idOf(req.params.id), 'explain');
      if (!r.late) throw conflict('该检查结果并未逾期录入', 'not_late');
      if (r.status !== 'draft') throw conflict('只能为草稿状态的检查结果说明逾期原因', 'illegal_state');
      return move(tx, auth, r, 'draft', 'explain_late', { lateExplanation: explanation, lateExplainedBy: auth.user.id }, explanation);
    });
    res.json(present(done));
  });

  router.post('/results/:id/publish', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    parse(z.strictObject({}), req.body);
    const done = await store.transact(auth.actor, async (tx) => {
      const r = await actionable(tx, auth, idOf(req.params.id), 'publish', 'publish');
      const after = await move(tx, auth, r, 'published', 'publish', { publishedAt: tx.now });
      await enqueue(tx, 'result', r.id as number, () => publicResult(tx, r.id as number));
      return after;
    });
    res.json(present(done));
  });

  router.post('/results/:id/non-cooperation', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { publish } = parse(nonCooperationBody, req.body);
    const done = await store.transact(auth.actor, async (tx) => {
      const r = await actionable(tx, auth, idOf(req.params.id), 'publish');
      if (r.category !== 'non_cooperation') throw conflict('只有结果为“不配合检查情节严重”的可以标记对外公示（§10.1）', 'not_non_cooperation');
      if (r.status === 'draft') throw conflict('请先确认检查结果', 'illegal_state');
      const after = await move(tx, auth, r, r.status as ResultStatus, publish ? 'mark_non_cooperation' : 'unmark_non_cooperation', {
        nonCooperationPublished: publish,
      });
      // §10.1: the outside systems hear of a marking and of its withdrawal.
      if (publish !== Boolean(r.nonCooperationPublished))
        await enqueue(tx, 'nonCooperation', r.id as number, async () => ({ ...(await publicResult(tx, r.id as number)), nonCooperationPublished: publish }));
      return after;
    });
    res.json(present(done));
  });

  return router;
}

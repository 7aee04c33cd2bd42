import { Router } from 'express';
import type { Row, Store } from '../store/store.js';
import { requireAuth, type AuthedRequest } from '../auth/middleware.js';
import { conflict, HttpError } from '../rest/errors.js';
import { idOf, readable } from './scope.js';

/**
 * A requester takes back its own request while it waits for a decision:
 *   POST /replacements/:id/withdraw   a §9.2.2 replacement or recusal request, before the office's head decides
 * (POST /planAdjustments/:id/withdraw is with the plan actions.)
 */
export function requestActionsRouter(store: Store): Router {
  const router = Router();
  router.post('/replacements/:id/withdraw', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const result = await store.transact(auth.actor, async (tx) => {
      const r = await readable(tx.q, auth, 'replacements', 'Replacement', idOf(req.params.id), true);
      if (r.requestedBy !== auth.user.id) throw new HttpError(403, '只能撤回自己提出的申请', 'not_own_request');
      if (r.status !== 'pending') throw conflict('该申请已处理，不能撤回', 'already_decided');
      const [row] = await tx.query<Row>(
        `UPDATE replacements SET status = 'withdrawn', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1 RETURNING *`,
        [r.id, tx.now, auth.user.id],
      );
      await tx.audit('withdraw', 'replacements', r.id, r, row);
      return row;
    });
    res.json(result);
  });
  return router;
}

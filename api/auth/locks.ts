import { Router } from 'express';
import { ForbiddenError } from '@casl/ability';
import type { Store } from '../store/store.js';
import { notFound } from '../rest/errors.js';
import { requireAuth, type AuthedRequest } from './middleware.js';

/**
 * Accounts locked by failed logins, for the administrators (who manage users):
 *   GET    /auth/locks            [{ username, name, lockedUntil }] of the locks still running
 *   DELETE /auth/locks/:username  ends a lock early (the owner called the administrator); audited
 */
/** An account locked by failed logins, as GET /api/auth/locks lists it (administrators only). */
export interface LoginLock {
  username: string;
  name: string | null;
  lockedUntil: string;
}

export function lockRouter(store: Store): Router {
  const router = Router();
  router.get('/locks', requireAuth, async (req: AuthedRequest, res) => {
    ForbiddenError.from(req.auth!.ability).throwUnlessCan('manage', 'User');
    const rows = await store.db.query<{ username: string; name: string | null; lockedUntil: string }>(
      `SELECT f.username, u.name, f."lockedUntil" FROM login_failures f LEFT JOIN users u ON u.username = f.username
        WHERE f."lockedUntil" > $1 ORDER BY f."lockedUntil" DESC`,
      [store.clock.now().toISOString()],
    );
    res.json(rows.map((r): LoginLock => ({ ...r, lockedUntil: new Date(r.lockedUntil).toISOString() })));
  });
  router.delete('/locks/:username', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    ForbiddenError.from(auth.ability).throwUnlessCan('manage', 'User');
    const username = String(req.params.username);
    await store.transact(auth.actor, async (tx) => {
      const [lock] = await tx.query<{ username: string; lockedUntil: string }>(
        'DELETE FROM login_failures WHERE username = $1 AND "lockedUntil" > $2 RETURNING username, "lockedUntil"',
        [username, tx.now],
      );
      if (!lock) throw notFound('该账户未被锁定');
      await tx.audit('unlock', 'users', null, lock, null);
    });
    res.status(204).end();
  });
  return router;
}

import { Router, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { invalidField, unauthorized, zodToHttp } from '../rest/errors.js';
import { checkUnderLockout, type LockoutPolicy } from './lockout.js';
import { DbRateLimitStore } from './rate-limit-store.js';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { createSession, endSession, endUserSessions, type SessionPolicy } from './sessions.js';
import { requireAuth, SESSION_COOKIE, sessionToken, type AuthContext, type AuthedRequest } from './middleware.js';

export interface LoginPolicy extends LockoutPolicy {
  /** Login requests allowed per client address per window (counted in the database, across servers). */
  perAddress: { windowMs: number; limit: number };
}

export const DEFAULT_LOGIN_POLICY: LoginPolicy = { maxFailures: 5, lockMs: 15 * 60_000, perAddress: { windowMs: 15 * 60_000, limit: 100 } };

const loginBody = z.strictObject({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });
const passwordBody = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().max(256) });

const WRONG = () => unauthorized('用户名或密码错误');

/** GET /api/auth/me (and the login's answer): who is signed in, with the CASL rules the admin applies too. */
export type Identity = ReturnType<typeof identity>;

export const identity = (auth: AuthContext) => {
  const { user, rules } = auth;
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    unitId: user.unitId,
    unitLevel: user.unitLevel,
    departmentId: user.departmentId,
    lineId: user.lineId,
    departmentLead: user.departmentLead ?? false,
    rules,
  };
};

export function authRouter(store: Store, sessions: SessionPolicy, policy: LoginPolicy, secureCookies: boolean): Router {
  const router = Router();
  const setCookie = (res: Response, token: string) =>
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/', maxAge: sessions.absoluteMs });

  const perAddress = rateLimit({
    windowMs: policy.perAddress.windowMs,
    limit: policy.perAddress.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: new DbRateLimitStore(store, 'login:'),
    handler: (_req, res) => res.status(429).json({ message: '登录请求过于频繁，请稍后再试', code: 'rate_limited' }),
  });

  router.post('/login', perAddress, async (req: AuthedRequest, res) => {
    const parsed = loginBody.safeParse(req.body);
    if (!parsed.success) throw zodToHttp(parsed.error);
    const { username, password } = parsed.data;
    const now = store.clock.now();
    const [user] = await store.db.query<{ id: number; passwordHash: string; active: boolean; unitId: number }>(
      'SELECT id, "passwordHash", active, "unitId" FROM users WHERE username = $1',
      [username],
    );
    // An unknown name is checked against a dummy hash and locked the same way: the answers reveal no account.
    const ok = await checkUnderLockout(
      store.db,
      username,
      now,
      policy,
      async () => (await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)) && !!user?.active,
    );
    if (!ok) throw WRONG();
    const old = sessionToken(req);
    const token = await store.transact({ id: user.id, name: username, unitId: user.unitId }, async (tx) => {
      if (old) await endSession(tx.q, old);
      await tx.audit('login', 'sessions', user.id, null, null);
      return createSession(tx.q, user.id, now);
    });
    setCookie(res, token);
    res.json({ ok: true });
  });

  router.post('/logout', async (req: AuthedRequest, res) => {
    const token = sessionToken(req);
    if (token && req.auth) {
      await store.transact(req.auth.actor, async (tx) => {
        await endSession(tx.q, token);
        await tx.audit('logout', 'sessions', req.auth!.user.id, null, null);
      });
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });

  router.get('/me', requireAuth, (req: AuthedRequest, res) => {
    res.json(identity(req.auth!));
  });

  router.post('/password', requireAuth, async (req: AuthedRequest, res) => {
    const parsed = passwordBody.safeParse(req.body);
    if (!parsed.success) throw zodToHttp(parsed.error);
    const { currentPassword, newPassword } = parsed.data;
    const auth = req.auth!;
    // The new password is judged first: an answer about it must not tell a guesser that the current one was right.
    const problem = passwordProblem(newPassword) ?? (newPassword === currentPassword ? '不能与当前密码相同' : undefined);
    if (problem) throw invalidField('newPassword', problem);
    const [row] = await store.db.query<{ passwordHash: string }>('SELECT "passwordHash" FROM users WHERE id = $1', [auth.user.id]);
    // Wrong current passwords count against the same lockout as logins: a stolen session cannot guess without limit.
    const ok = await checkUnderLockout(store.db, auth.user.username, store.clock.now(), policy, () => verifyPassword(currentPassword, row.passwordHash));
    if (!ok) throw invalidField('currentPassword', '当前密码不正确');
    const hash = await hashPassword(newPassword);
    await store.transact(auth.actor, async (tx) => {
      await tx.query(
        'UPDATE users SET "passwordHash" = $2, "passwordChangedAt" = $3, version = version + 1, "updatedAt" = $3, "updatedBy" = $1 WHERE id = $1',
        [auth.user.id, hash, tx.now],
      );
      await endUserSessions(tx.q, auth.user.id, auth.token);
      await tx.audit('password', 'users', auth.user.id, null, null);
    });
    res.json({ ok: true });
  });

  return router;
}

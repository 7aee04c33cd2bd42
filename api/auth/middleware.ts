import type { NextFunction, Request, Response } from 'express';
import { parse as parseCookie } from 'cookie';
import { buildAbility, defineRulesFor, type AppAbility, type AppRule } from '../permissions/rules.js';
import type { Actor, Store } from '../store/store.js';
import { resolveSession, type SessionPolicy, type SessionUser } from './sessions.js';
import { unauthorized } from '../rest/errors.js';

export const SESSION_COOKIE = 'qd_sid';

export interface AuthContext {
  user: SessionUser;
  principal: SessionUser;
  rules: AppRule[];
  ability: AppAbility;
  actor: Actor;
  token: string;
}

export type AuthedRequest = Request & { auth?: AuthContext };

export const sessionToken = (req: Request): string | undefined => parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE] || undefined;

/** Attaches req.auth when the request carries a live session; anonymous requests pass on without it. */
export function loadSession(store: Store, policy: SessionPolicy) {
  return async (req: AuthedRequest, _res: Response, next: NextFunction) => {
    const token = sessionToken(req);
    if (token) {
      const user = await resolveSession(store.db, token, store.clock.now(), policy);
      if (user) {
        const rules = defineRulesFor(user);
        req.auth = { user, principal: user, rules, ability: buildAbility(rules), actor: { id: user.id, name: user.username, unitId: user.unitId }, token };
      }
    }
    next();
  };
}

export function requireAuth(req: AuthedRequest, _res: Response, next: NextFunction) {
  if (!req.auth) throw unauthorized();
  next();
}

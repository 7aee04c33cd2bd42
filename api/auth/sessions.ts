import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../store/db.js';
import type { Principal, Role, UnitLevel } from '../permissions/roles.js';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };

/** How stale lastSeenAt may get before a request refreshes it (saves a write per request). */
const TOUCH_AFTER_MS = 60_000;

/** The database keeps only a hash of the token: a leaked sessions table logs nobody in. */
const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionUser extends Principal {
  username: string;
  name: string;
}

export async function createSession(q: Queryable, userId: number, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await q.query('INSERT INTO sessions (id, "userId", "createdAt", "lastSeenAt") VALUES ($1, $2, $3, $3)', [tokenId(token), userId, now.toISOString()]);
  return token;
}

export async function endSession(q: Queryable, token: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE id = $1', [tokenId(token)]);
}

export async function endUserSessions(q: Queryable, userId: number, except?: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE "userId" = $1 AND id IS DISTINCT FROM $2', [userId, except ? tokenId(except) : null]);
}

/** The signed-in user behind a token, or undefined when the session is unknown, expired or the user disabled. */
export async function resolveSession(q: Queryable, token: string, now: Date, policy: SessionPolicy): Promise<SessionUser | undefined> {
  const id = tokenId(token);
  const [row] = await q.query<{
    createdAt: string;
    lastSeenAt: string;
    userId: number;
    username: string;
    name: string;
    role: Role;
    unitId: number;
    departmentId: number | null;
    active: boolean;
    level: UnitLevel;
    code: string;
    lineId: number | null;
    departmentLead: boolean | null;
  }>(
    `SELECT s."createdAt", s."lastSeenAt", u.id AS "userId", u.username, u.name, u.role, u."unitId", u."departmentId", u.active,
            un.level, un.code, d."lineId", d.lead AS "departmentLead"
       FROM sessions s JOIN users u ON u.id = s."userId" JOIN units un ON un.id = u."unitId"
       LEFT JOIN departments d ON d.id = u."departmentId"
      WHERE s.id = $1`,
    [id],
  );
  if (!row) return undefined;
  const t = now.getTime();
  if (!row.active || t - Date.parse(row.lastSeenAt) > policy.idleMs || t - Date.parse(row.createdAt) > policy.absoluteMs) {
    await q.query('DELETE FROM sessions WHERE id = $1', [id]);
    return undefined;
  }
  if (t - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) {
    await q.query('UPDATE sessions SET "lastSeenAt" = $2 WHERE id = $1', [id, now.toISOString()]);
  }
  return {
    id: row.userId,
    username: row.username,
    name: row.name,
    role: row.role,
    unitId: row.unitId,
    unitLevel: row.level,
    unitCode: row.code,
    departmentId: row.departmentId,
    lineId: row.lineId,
    departmentLead: row.departmentLead === true,
  };
}

import type { Queryable } from '../store/db.js';
import { HttpError } from '../rest/errors.js';

export interface LockoutPolicy {
  /** Wrong passwords checked for one username in any `lockMs` before it is locked. */
  maxFailures: number;
  /** The sliding window in which failures count, and how long a lock lasts. */
  lockMs: number;
}

export const locked = () => new HttpError(429, '登录失败次数过多，账户已锁定 15 分钟', 'locked');

/**
 * A password check takes well under a second; a reservation older than this was left by a server that died
 * mid-check, and stops counting (until then it holds its place: stricter, never looser).
 */
const PENDING_TTL_MS = 60_000;

/** Failures and checks in flight that still count at `now` ($2 = now − lockMs, $3 = now − PENDING_TTL). */
const RECENT = `(SELECT count(*) FROM unnest(f."failedAt") AS t WHERE t > $2::timestamptz)`;
const IN_FLIGHT = `(CASE WHEN f."pendingSince" > $3::timestamptz THEN f.pending ELSE 0 END)`;

/**
 * Reserves one password check for `username`, in one atomic statement, before the password is looked at: granted
 * while the wrong passwords of the last `lockMs` plus the checks still running stay below the limit. However many
 * attempts arrive at once, on however many servers, at most `maxFailures` wrong passwords are therefore checked in
 * any `lockMs`; the last one allowed locks the name, and every attempt, the right password included, is refused
 * until the lock ends. Returns false when refused.
 */
async function reserve(q: Queryable, username: string, now: Date, policy: LockoutPolicy): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO login_failures AS f (username, "failedAt", pending, "pendingSince", "lockedUntil") VALUES ($1, '{}', 1, $4::timestamptz, NULL)
     ON CONFLICT (username) DO UPDATE SET
       "failedAt" = ARRAY(SELECT t FROM unnest(f."failedAt") AS t WHERE t > $2::timestamptz),
       pending = ${IN_FLIGHT} + 1,
       "pendingSince" = $4::timestamptz,
       "lockedUntil" = NULL
     WHERE COALESCE(f."lockedUntil" <= $4::timestamptz, true) AND ${RECENT} + ${IN_FLIGHT} < $5
     RETURNING 1`,
    [username, ...cutoffs(now, policy), now.toISOString(), policy.maxFailures],
  );
  return rows.length > 0;
}

const cutoffs = (now: Date, policy: LockoutPolicy) => [
  new Date(now.getTime() - policy.lockMs).toISOString(),
  new Date(now.getTime() - PENDING_TTL_MS).toISOString(),
];

/**
 * Ends a reservation: a wrong password is recorded (and the one that makes `maxFailures` in the window locks the
 * name); a right one only frees its place — it does not wipe the window's failures, or a guesser could interleave
 * with the owner's logins.
 */
async function conclude(q: Queryable, username: string, wrong: boolean, now: Date, policy: LockoutPolicy) {
  if (!wrong) {
    await q.query('UPDATE login_failures SET pending = GREATEST(pending - 1, 0) WHERE username = $1', [username]);
    return;
  }
  await q.query(
    `UPDATE login_failures AS f SET
       pending = GREATEST(f.pending - 1, 0),
       "failedAt" = array_append(ARRAY(SELECT t FROM unnest(f."failedAt") AS t WHERE t > $2::timestamptz), $3::timestamptz),
       "lockedUntil" = CASE WHEN ${RECENT} + 1 >= $4 THEN $5::timestamptz ELSE f."lockedUntil" END
     WHERE username = $1`,
    [username, cutoffs(now, policy)[0], now.toISOString(), policy.maxFailures, new Date(now.getTime() + policy.lockMs).toISOString()],
  );
}

/**
 * Checks a password for `username` under the lockout (login and password change alike): throws `locked()` without
 * checking when no attempt can be reserved; otherwise returns what `check` said, counted. Lockouts live in the
 * database, so every API server on it shares them. Keyed by username, known or not, so they reveal no account.
 */
export async function checkUnderLockout(q: Queryable, username: string, now: Date, policy: LockoutPolicy, check: () => Promise<boolean>): Promise<boolean> {
  if (!(await reserve(q, username, now, policy))) throw locked();
  let ok = false;
  try {
    ok = await check();
  } finally {
    await conclude(q, username, !ok, now, policy);
  }
  return ok;
}

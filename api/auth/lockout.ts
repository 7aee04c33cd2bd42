import type { Queryable } from '../store/db.js';
import { HttpError } from '../rest/errors.js';

export interface LockoutPolicy {
  /** Wrong passwords checked for one username per window before it is locked. */
  maxFailures: number;
  /** The window in which failures count, and how long a lock lasts. */
  lockMs: number;
}

export const locked = () => new HttpError(429, '登录失败次数过多，账户已锁定 15 分钟', 'locked');

/**
 * Reserves one password check for `username`, in one atomic statement, before the password is looked at.
 * A reservation is granted while the window's wrong passwords plus the checks still running stay below the limit, so
 * however many attempts arrive at once (on however many servers) at most `maxFailures` wrong ones are ever checked;
 * once they are spent every attempt is refused, the right password included, until the lock ends. A window or lock
 * that has run out starts a new window. Returns the window the reservation belongs to, or undefined when refused.
 */
async function reserve(q: Queryable, username: string, now: Date, policy: LockoutPolicy): Promise<string | undefined> {
  const fresh = `(COALESCE(f."lockedUntil" <= $2::timestamptz, false) OR COALESCE(f."windowStart" <= $3::timestamptz, true))`;
  const [row] = await q.query<{ windowStart: string }>(
    `INSERT INTO login_failures AS f (username, failures, pending, "windowStart", "lockedUntil") VALUES ($1, 0, 1, $2::timestamptz, NULL)
     ON CONFLICT (username) DO UPDATE SET
       failures = CASE WHEN ${fresh} THEN 0 ELSE f.failures END,
       pending = CASE WHEN ${fresh} THEN 1 ELSE f.pending + 1 END,
       "windowStart" = CASE WHEN ${fresh} THEN $2::timestamptz ELSE f."windowStart" END,
       "lockedUntil" = CASE WHEN ${fresh} THEN NULL ELSE f."lockedUntil" END
     WHERE COALESCE(f."lockedUntil" <= $2::timestamptz, true) AND (${fresh} OR f.failures + f.pending < $4)
     RETURNING "windowStart"`,
    [username, now.toISOString(), new Date(now.getTime() - policy.lockMs).toISOString(), policy.maxFailures],
  );
  return row?.windowStart;
}

/**
 * Ends a reservation: a wrong password counts (and the last one allowed locks the name); a right one only frees its
 * place — it does not wipe the window's failures, or a guesser could interleave with the owner's logins.
 * A reservation from a window that has since been replaced has nothing left to count in.
 */
async function conclude(q: Queryable, username: string, window: string, wrong: boolean, now: Date, policy: LockoutPolicy) {
  if (wrong) {
    await q.query(
      `UPDATE login_failures SET failures = failures + 1, pending = GREATEST(pending - 1, 0),
              "lockedUntil" = CASE WHEN failures + 1 >= $3 THEN $4::timestamptz ELSE "lockedUntil" END
        WHERE username = $1 AND "windowStart" = $2::timestamptz`,
      [username, window, policy.maxFailures, new Date(now.getTime() + policy.lockMs).toISOString()],
    );
  } else {
    await q.query('UPDATE login_failures SET pending = GREATEST(pending - 1, 0) WHERE username = $1 AND "windowStart" = $2::timestamptz', [username, window]);
  }
}

/**
 * Checks a password for `username` under the lockout (login and password change alike): throws `locked()` without
 * checking when no attempt can be reserved; otherwise returns what `check` said, counted. Lockouts live in the
 * database, so every API server on it shares them. Keyed by username, known or not, so they reveal no account.
 */
export async function checkUnderLockout(q: Queryable, username: string, now: Date, policy: LockoutPolicy, check: () => Promise<boolean>): Promise<boolean> {
  const window = await reserve(q, username, now, policy);
  if (!window) throw locked();
  let ok = false;
  try {
    ok = await check();
  } finally {
    await conclude(q, username, window, !ok, now, policy);
  }
  return ok;
}

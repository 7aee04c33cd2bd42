import { Router } from 'express';
import type { Store } from '../store/store.js';
import { requireAuth, type AuthedRequest } from '../auth/middleware.js';
import { badRequest } from '../rest/errors.js';
import { nextTaskCode, TASK_CODE_PREFIX } from '../domain/taskCodes.js';
import { chinaDate } from '../domain/workdays.js';

/**
 *   GET /tasks/next-code?year=2026   { code }: the next free task code of the user's unit, proposed on the create form
 *                                     (still editable; the unique code is checked again when the task is saved).
 */
export function taskCodeRouter(store: Store): Router {
  const router = Router();
  router.get('/tasks/next-code', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const year = req.query.year === undefined ? Number(chinaDate(store.clock.now()).slice(0, 4)) : Number(req.query.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badRequest('year 应为 2000–2100 之间的年份', { year: '应为年份' });
    const [unit] = await store.db.query<{ code: string }>('SELECT code FROM units WHERE id = $1', [auth.user.unitId]);
    const prefix = TASK_CODE_PREFIX[unit?.code ?? ''] ?? 'QD';
    const rows = await store.db.query<{ code: string }>('SELECT code FROM tasks WHERE code LIKE $1', [`${prefix}-${year}-%`]);
    res.json({
      code: nextTaskCode(
        prefix,
        year,
        rows.map((r) => r.code),
      ),
    });
  });
  return router;
}

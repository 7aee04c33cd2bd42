import { Router } from 'express';
import { subject as asSubject, ForbiddenError } from '@casl/ability';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { requireAuth, type AuthedRequest } from '../auth/middleware.js';
import { conflict, zodToHttp } from '../rest/errors.js';

const body = z.strictObject({ unitId: z.int().positive().optional(), note: z.string().trim().max(500).optional() });

/**
 * POST /api/items/publish {unitId?}: the lead office publishes its unit's list of active items (§4.1.1 a, §5.3).
 * The publication keeps the list as published; later edits need a new publication.
 */
export function itemActionsRouter(store: Store): Router {
  const router = Router();
  router.post('/items/publish', requireAuth, async (req: AuthedRequest, res) => {
    const parsed = body.safeParse(req.body ?? {});
    if (!parsed.success) throw zodToHttp(parsed.error);
    const auth = req.auth!;
    const unitId = parsed.data.unitId ?? auth.user.unitId;
    ForbiddenError.from(auth.ability).throwUnlessCan('publish', asSubject('Item', { unitId }));
    const publication = await store.transact(
      auth.actor,
      async (tx) => {
        const items = await tx.query(`SELECT * FROM items WHERE "unitId" = $1 AND status = 'active' ORDER BY "lineId", id`, [unitId]);
        if (!items.length) throw conflict('没有可发布的在用抽查事项', 'nothing_to_publish');
        const [row] = await tx.query(
          `INSERT INTO item_publications ("unitId", "publishedAt", "publishedBy", "publishedByName", "itemCount", items)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [unitId, tx.now, auth.user.id, auth.user.name, items.length, JSON.stringify(items)],
        );
        await tx.audit('publish', 'itemPublications', row.id, null, { unitId, itemCount: items.length });
        return row;
      },
      parsed.data.note ?? '发布抽查事项清单',
    );
    res.status(201).json(publication);
  });
  return router;
}

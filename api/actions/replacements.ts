import { Router } from 'express';
import { z } from 'zod';
import type { Row, Store, Tx } from '../store/store.js';
import { requireAuth, type AuthContext, type AuthedRequest } from '../auth/middleware.js';
import { badRequest, conflict, HttpError } from '../rest/errors.js';
import { pickReplacement, type DrawRecord, type ReplacementEntry } from '../domain/draw.js';
import { can, parse, reasonBody } from './checks.js';
import { idOf, readable } from './scope.js';

const KINDS = ['recusal', 'post_change', 'work_conflict', 'health', 'other'] as const;
const replacementBody = z.strictObject({ inspectorId: z.int().positive(), kind: z.enum(KINDS), reason: z.string().trim().min(2).max(500) });
/** §9.2.2 岗位调整: a transferred inspector, on one task or on every open task of the office. */
const bulkBody = z.strictObject({ inspectorId: z.int().positive(), taskId: z.int().positive().optional(), reason: z.string().trim().min(2).max(500) });
const optionalReason = z.strictObject({ reason: z.string().trim().max(500).optional() });

/** Open assignments of an inspector within a request's reach: valid teams of tasks still being inspected, in one office. */
const openAssignments = (tx: Tx, r: { inspectorId: unknown; departmentId: unknown; taskId: unknown }, lock = false) =>
  tx.query<Row>(
    `SELECT a.* FROM assignments a JOIN tasks t ON t.id = a."taskId"
      WHERE a.active AND $1 = ANY(a."inspectorIds") AND a."departmentId" = $2 AND ($3::integer IS NULL OR a."taskId" = $3)
        AND t.status IN ('drawn', 'inspecting')
      ORDER BY a."taskId", a.id${lock ? ' FOR UPDATE OF a' : ''}`,
    [r.inspectorId, r.departmentId, r.taskId ?? null],
  );

/** The record an assignment's team belongs to: the draw itself, or the district's team matching of a dispatched share. */
const teamDrawOf = async (tx: Tx, a: Row): Promise<Row | undefined> =>
  (
    await tx.query<Row>(
      a.dispatchId
        ? `SELECT d.id, d.status, d.record, d.replacements FROM draws d JOIN dispatches p ON p."teamDrawId" = d.id WHERE p.id = $1 FOR UPDATE OF d`
        : `SELECT id, status, record, replacements FROM draws WHERE id = $1 FOR UPDATE`,
      [a.dispatchId ?? a.drawId],
    )
  )[0];

interface Replaced {
  drawId: number;
  entry: ReplacementEntry;
  group: string[];
}

/**
 * Replaces `inspectorId` on assignment `a` by DRAW-SPEC §6 and appends the entry to the record's replacements:
 * loads over the whole task now, n counted from the record, the decider never drawn (`excluded`).
 */
async function replaceOnAssignment(tx: Tx, auth: AuthContext, a: Row, inspectorId: number): Promise<Replaced> {
  const draw = await teamDrawOf(tx, a);
  // The team may have changed since the request: a voided draw, a new matching, an earlier replacement.
  if (!a.active || !draw || draw.status !== 'valid' || !(a.inspectorIds as number[]).includes(inspectorId)) {
    throw conflict('该申请针对的检查组已变化（抽取记录作废或人员已更换），请重新提出', 'team_changed');
  }
  const record = draw.record as Omit<DrawRecord, 'pool' | 'replacements'>;
  const earlier = (draw.replacements as ReplacementEntry[]).filter((e) => e.entityId === a.uscc);
  const loads: Record<string, number> = {};
  const counted = await tx.query<{ inspectorId: number; n: number }>(
    `SELECT i AS "inspectorId", count(*)::int AS n FROM assignments a, unnest(a."inspectorIds") AS i WHERE a."taskId" = $1 AND a.active GROUP BY i`,
    [a.taskId],
  );
  for (const row of counted) loads[String(row.inspectorId)] = row.n;
  const [decider] = await tx.query<{ id: number }>('SELECT id FROM inspectors WHERE "userId" = $1', [auth.user.id]);
  const out = String(inspectorId);
  const n = earlier.length + 1;
  const excluded = decider ? [String(decider.id)] : [];
  const pick = pickReplacement({
    seed: record.seed,
    entity: { id: a.uscc as string, stratum: a.stratum as string },
    team: (a.inspectorIds as number[]).map(String),
    replacedOut: [...earlier.map((e) => e.replaced), out],
    excluded,
    n,
    inspectorPool: record.inspectorPool,
    exclusions: record.exclusions,
    loads,
  });
  if (!pick) throw conflict(`检查对象 ${a.uscc} 没有其他具备执法资格的人员可以替换`, 'no_replacement');
  const team = (a.inspectorIds as number[]).map((i) => (i === inspectorId ? Number(pick.inspectorId) : i));
  const users = await tx.query<{ userId: number | null }>('SELECT "userId" FROM inspectors WHERE id = ANY($1)', [team]);
  await tx.query(
    'UPDATE assignments SET "inspectorIds" = $2, "inspectorUserIds" = $3, version = version + 1, "updatedAt" = $4, "updatedBy" = $5 WHERE id = $1',
    [a.id, team, users.map((u) => u.userId).filter((u): u is number => u != null), tx.now, auth.user.id],
  );
  const entry: ReplacementEntry = { entityId: a.uscc as string, replaced: out, replacement: pick.inspectorId, n, loads: pick.loads, excluded };
  await tx.query('UPDATE draws SET replacements = replacements || $2::jsonb WHERE id = $1', [draw.id, JSON.stringify([entry])]);
  return { drawId: draw.id as number, entry, group: pick.group };
}

/** The columns an approved replacement keeps: which draw, n, the group it was drawn from with its loads, the result. */
const outcome = (r: Replaced) => [r.drawId, r.entry.n, JSON.stringify(r.group.map((id) => ({ id, load: r.entry.loads[id] }))), Number(r.entry.replacement)];

/** A pending request this user may decide: the office's head, never on their own request. */
async function decidable(tx: Tx, auth: AuthContext, id: number): Promise<Row> {
  const r = await readable(tx.q, auth, 'replacements', 'Replacement', id, true);
  can(auth, 'decide', 'Replacement', r);
  if (r.requestedBy === auth.user.id) throw new HttpError(403, '不能审批自己提出的申请', 'own_request');
  if (r.status !== 'pending') throw conflict('该申请已处理', 'already_decided');
  return r;
}

/**
 * §9.2.2 replacements:
 *   POST /assignments/:id/replacements   回避 (the inspector themselves) or a reason, for one team
 *   POST /replacements/bulk              岗位调整: an inspector leaves every open team of one task or of the whole office
 *   POST /replacements/:id/approve | /reject   the office's head; approval draws each replacement by DRAW-SPEC §6
 *   POST /replacements/:id/withdraw      the requester, while the request is pending
 */
export function replacementActionsRouter(store: Store): Router {
  const router = Router();

  router.post('/assignments/:id/replacements', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const body = parse(replacementBody, req.body);
    const created = await store.transact(
      auth.actor,
      async (tx) => {
        const a = await readable(tx.q, auth, 'assignments', 'Assignment', idOf(req.params.id), true);
        if (!a.active) throw conflict('该分配已作废', 'inactive');
        if (!(a.inspectorIds as number[]).includes(body.inspectorId)) throw badRequest('该执法人员不在此检查组', { inspectorId: '不在此检查组' });
        const [own] = await tx.query<{ id: number }>('SELECT id FROM inspectors WHERE "userId" = $1', [auth.user.id]);
        const selfRecusal = body.kind === 'recusal' && own?.id === body.inspectorId;
        if (!selfRecusal) can(auth, 'create', 'Replacement', a);
        const [pending] = await tx.query('SELECT 1 FROM replacements WHERE "assignmentId" = $1 AND "inspectorId" = $2 AND status = $3', [
          a.id,
          body.inspectorId,
          'pending',
        ]);
        if (pending) throw conflict('已有待审核的申请', 'pending_exists');
        const [row] = await tx.query<Row>(
          `INSERT INTO replacements ("taskId", "assignmentId", "unitId", "departmentId", "entityId", "inspectorId", kind, reason, "requestedBy", "requestedByName", "createdAt", "updatedAt", "createdBy", "updatedBy")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $9, $9) RETURNING *`,
          [a.taskId, a.id, a.unitId, a.departmentId, a.entityId, body.inspectorId, body.kind, body.reason, auth.user.id, auth.user.name, tx.now],
        );
        await tx.audit('create', 'replacements', row.id, null, row);
        return row;
      },
      body.reason,
    );
    res.status(201).json(created);
  });

  router.post('/replacements/bulk', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const body = parse(bulkBody, req.body);
    const created = await store.transact(
      auth.actor,
      async (tx) => {
        const task = body.taskId ? await readable(tx.q, auth, 'tasks', 'Task', body.taskId) : undefined;
        const office = { unitId: task?.unitId ?? auth.user.unitId, departmentId: task?.departmentId ?? auth.user.departmentId };
        if (office.departmentId == null) throw badRequest('请选择任务', { taskId: '必填' });
        can(auth, 'create', 'Replacement', { id: 0, version: 0, ...office });
        const open = await openAssignments(tx, { inspectorId: body.inspectorId, departmentId: office.departmentId, taskId: body.taskId });
        if (!open.length) throw conflict('该执法人员在此范围内没有未完成的检查任务', 'nothing_to_replace');
        const [pending] = await tx.query(
          `SELECT 1 FROM replacements WHERE scope <> 'assignment' AND "inspectorId" = $1 AND "departmentId" = $2 AND status = 'pending'`,
          [body.inspectorId, office.departmentId],
        );
        if (pending) throw conflict('已有待审核的申请', 'pending_exists');
        const [row] = await tx.query<Row>(
          `INSERT INTO replacements (scope, "taskId", "unitId", "departmentId", "inspectorId", kind, reason, "requestedBy", "requestedByName", "createdAt", "updatedAt", "createdBy", "updatedBy")
           VALUES ($1, $2, $3, $4, $5, 'post_change', $6, $7, $8, $9, $9, $7, $7) RETURNING *`,
          [
            body.taskId ? 'task' : 'office',
            body.taskId ?? null,
            office.unitId,
            office.departmentId,
            body.inspectorId,
            body.reason,
            auth.user.id,
            auth.user.name,
            tx.now,
          ],
        );
        await tx.audit('create', 'replacements', row.id, null, row);
        return row;
      },
      body.reason,
    );
    res.status(201).json(created);
  });

  router.post('/replacements/:id/approve', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { reason = null } = parse(optionalReason, req.body);
    const result = await store.transact(
      auth.actor,
      async (tx) => {
        const r = await decidable(tx, auth, idOf(req.params.id));
        const decided = [auth.user.id, tx.now, reason, auth.user.name];
        if (r.scope === 'assignment') {
          const [a] = await tx.query<Row>('SELECT * FROM assignments WHERE id = $1 FOR UPDATE', [r.assignmentId]);
          const done = await replaceOnAssignment(tx, auth, a, r.inspectorId as number);
          const [row] = await tx.query<Row>(
            `UPDATE replacements SET status = 'approved', "decidedBy" = $2, "decidedAt" = $3, "decisionReason" = $4, "decidedByName" = $5,
                    "drawId" = $6, n = $7, candidates = $8, "replacementInspectorId" = $9, version = version + 1, "updatedAt" = $3, "updatedBy" = $2 WHERE id = $1 RETURNING *`,
            [r.id, ...decided, ...outcome(done)],
          );
          if (r.kind === 'recusal') {
            const [inspector] = await tx.query<{ unitId: number }>('SELECT "unitId" FROM inspectors WHERE id = $1', [r.inspectorId]);
            await tx.query(
              `INSERT INTO conflicts ("inspectorId", "entityId", "unitId", reason, "createdAt", "updatedAt", "createdBy", "updatedBy") VALUES ($1, $2, $3, $4, $5, $5, $6, $6)
               ON CONFLICT ("inspectorId", "entityId") DO NOTHING`,
              [r.inspectorId, r.entityId, inspector.unitId, r.reason, tx.now, auth.user.id],
            );
          }
          await tx.audit('approve', 'replacements', r.id, r, row);
          return row;
        }
        // 岗位调整 of a whole task or office: every open assignment, one §6 draw after another, in each record's selection order.
        const open = await openAssignments(tx, { inspectorId: r.inspectorId, departmentId: r.departmentId, taskId: r.taskId }, true);
        if (!open.length) throw conflict('该执法人员已没有未完成的检查任务', 'nothing_to_replace');
        const positions = new Map<number, Map<string, number>>();
        const positionOf = async (a: Row) => {
          const key = (a.dispatchId as number | null) ?? -(a.drawId as number);
          if (!positions.has(key))
            positions.set(key, new Map(((await teamDrawOf(tx, a))?.record as DrawRecord | undefined)?.selected.map((uscc, i) => [uscc, i]) ?? []));
          return positions.get(key)!.get(a.uscc as string) ?? Infinity;
        };
        const ordered: { a: Row; at: number }[] = [];
        for (const a of open) ordered.push({ a, at: await positionOf(a) });
        ordered.sort(
          (x, y) =>
            (x.a.taskId as number) - (y.a.taskId as number) ||
            ((x.a.dispatchId as number | null) ?? 0) - ((y.a.dispatchId as number | null) ?? 0) ||
            x.at - y.at,
        );
        for (const { a } of ordered) {
          const done = await replaceOnAssignment(tx, auth, a, r.inspectorId as number);
          const [child] = await tx.query<Row>(
            `INSERT INTO replacements ("parentId", "taskId", "assignmentId", "unitId", "departmentId", "entityId", "inspectorId", kind, reason, "requestedBy", "requestedByName",
                                       status, "decidedBy", "decidedAt", "decisionReason", "decidedByName", "drawId", n, candidates, "replacementInspectorId", "createdAt", "updatedAt", "createdBy", "updatedBy")
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'approved', $12, $13, $14, $15, $16, $17, $18, $19, $13, $13, $12, $12) RETURNING *`,
            [
              r.id,
              a.taskId,
              a.id,
              a.unitId,
              a.departmentId,
              a.entityId,
              r.inspectorId,
              r.kind,
              r.reason,
              r.requestedBy,
              r.requestedByName,
              ...decided,
              ...outcome(done),
            ],
          );
          await tx.audit('create', 'replacements', child.id, null, child);
        }
        const [row] = await tx.query<Row>(
          `UPDATE replacements SET status = 'approved', "decidedBy" = $2, "decidedAt" = $3, "decisionReason" = $4, "decidedByName" = $5, "replacedCount" = $6,
                  version = version + 1, "updatedAt" = $3, "updatedBy" = $2 WHERE id = $1 RETURNING *`,
          [r.id, ...decided, ordered.length],
        );
        await tx.audit('approve', 'replacements', r.id, r, row);
        return row;
      },
      reason,
    );
    res.json(result);
  });

  router.post('/replacements/:id/reject', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { reason } = parse(reasonBody, req.body);
    const result = await store.transact(
      auth.actor,
      async (tx) => {
        const r = await decidable(tx, auth, idOf(req.params.id));
        const [row] = await tx.query<Row>(
          `UPDATE replacements SET status = 'rejected', "decidedBy" = $2, "decidedAt" = $3, "decisionReason" = $4, "decidedByName" = $5, version = version + 1, "updatedAt" = $3, "updatedBy" = $2 WHERE id = $1 RETURNING *`,
          [r.id, auth.user.id, tx.now, reason, auth.user.name],
        );
        await tx.audit('reject', 'replacements', r.id, r, row);
        return row;
      },
      reason,
    );
    res.json(result);
  });

  // The requester takes back its own request while it waits for the head's decision.
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

import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { subject as asSubject, ForbiddenError } from '@casl/ability';
import { z } from 'zod';
import type { Queryable } from '../store/db.js';
import type { Row, Store, Tx } from '../store/store.js';
import { requireAuth, type AuthContext, type AuthedRequest } from '../auth/middleware.js';
import { badRequest, conflict, HttpError, notFound, zodToHttp } from '../rest/errors.js';
import { DrawError, pickReplacement, quotasByCount, quotasByRatio, runDraw, runTeamOnlyDraw, type DrawRecord } from '../domain/draw.js';
import { idOf, readable } from './scope.js';
import { exclusionPairs, inspectorPool, taskPool } from './draw-inputs.js';

const can = (auth: AuthContext, action: Parameters<AuthContext['ability']['can']>[0], subjectName: string, row: Row) =>
  ForbiddenError.from(auth.ability).throwUnlessCan(action, asSubject(subjectName, { ...row }) as never);

const drawFailed = (err: unknown) => {
  if (err instanceof DrawError) {
    return new HttpError(409, `抽取失败，未保存任何结果：${err.message}`, 'draw_failed', Object.fromEntries(err.unstaffed.slice(0, 100).map((u) => [u.entityId, `${u.stratum}：可匹配 ${u.eligible} 人`])), {
      unstaffed: err.unstaffed,
    });
  }
  return err;
};

/** The department of `unitId` that implements `lineId` (a district's counterpart of a city office). */
async function lineDepartment(q: Queryable, unitId: number, lineId: number): Promise<number> {
  const [d] = await q.query<{ id: number }>('SELECT id FROM departments WHERE "unitId" = $1 AND "lineId" = $2 ORDER BY id LIMIT 1', [unitId, lineId]);
  if (!d) throw conflict('该区（市）局没有对应业务条线的实施机构', 'no_department');
  return d.id;
}

async function insertDraw(tx: Tx, auth: AuthContext, fields: { taskId: number; unitId: number; departmentId: number; kind: string; dispatchId: number | null; record: DrawRecord }): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO draws ("taskId", "unitId", "departmentId", kind, "dispatchId", "drawnAt", "drawnBy", "drawnByName", record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [fields.taskId, fields.unitId, fields.departmentId, fields.kind, fields.dispatchId, tx.now, auth.user.id, auth.user.name, JSON.stringify(fields.record)],
  );
  await tx.audit('draw', 'draws', row.id, null, { taskId: fields.taskId, kind: fields.kind, seed: fields.record.seed, poolHash: fields.record.poolHash, selected: fields.record.selected.length });
  return row.id;
}

/** The published form of a record: DRAW-SPEC §7 fields plus its status. */
const publicRecord = (draw: Row) => ({
  id: draw.id,
  drawId: draw.id,
  taskId: draw.taskId,
  kind: draw.kind,
  drawnAt: draw.drawnAt,
  ...(draw.record as DrawRecord),
  status: draw.status,
  ...(draw.status === 'voided' ? { voidReason: draw.voidReason, voidedAt: draw.voidedAt } : {}),
});

const summary = (drawId: number, r: DrawRecord) => ({ drawId, algorithm: r.algorithm, taskCode: r.taskCode, seed: r.seed, poolHash: r.poolHash, poolSize: r.pool.length, quotas: r.quotas, selected: r.selected, teams: r.teams });

/** Inspector ids (strings in the record) → ids and the users linked to them. */
async function teamRows(q: Queryable, teams: Record<string, string[]>) {
  const ids = [...new Set(Object.values(teams).flat().map(Number))];
  const rows = await q.query<{ id: number; userId: number | null }>('SELECT id, "userId" FROM inspectors WHERE id = ANY($1)', [ids]);
  const userOf = new Map(rows.map((r) => [r.id, r.userId]));
  return (team: string[]) => ({ inspectorIds: team.map(Number), inspectorUserIds: team.map((i) => userOf.get(Number(i))).filter((u): u is number => u != null) });
}

const drawBody = z.strictObject({ publicSource: z.string().trim().max(200).optional() });
const reasonBody = z.strictObject({ reason: z.string().trim().min(2).max(500) });
const optionalReason = z.strictObject({ reason: z.string().trim().max(500).optional() });
const replacementBody = z.strictObject({
  inspectorId: z.int().positive(),
  kind: z.enum(['recusal', 'post_change', 'work_conflict', 'health', 'other']),
  reason: z.string().trim().min(2).max(500),
});
const parse = <T extends z.ZodType>(schema: T, body: unknown): z.infer<T> => {
  const r = schema.safeParse(body ?? {});
  if (!r.success) throw zodToHttp(r.error);
  return r.data;
};

/**
 * The draw (§9.1, §9.2, DRAW-SPEC):
 *   GET  /tasks/:id/preview            pool per district, quotas, eligible inspectors per district
 *   POST /tasks/:id/draw               run QD-DRAW-1 once; 409 when already drawn or when it cannot be staffed
 *   GET  /draws/:id                    the whole record (staff);  GET /public/draws/:id once published (anyone)
 *   POST /draws/:id/void | /publish    the office's head
 *   POST /dispatches/:id/receive | /draw   a district acknowledges its share (查收) and matches its own inspectors
 *   POST /assignments/:id/replacements  回避 or a §9.2.2 reason;  POST /replacements/:id/approve | /reject  the head
 */
export function drawActionsRouter(store: Store): Router {
  const router = Router();

  router.get('/public/draws/:id', async (req, res) => {
    const [draw] = await store.db.query<Row>(
      `SELECT d.* FROM draws d JOIN tasks t ON t.id = d."taskId" WHERE d.id = $1 AND (d.published OR t.status = 'published')`,
      [idOf(req.params.id)],
    );
    if (!draw) throw notFound();
    res.json(publicRecord(draw));
  });

  router.get('/tasks/:id/preview', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const task = await readable(store.db, auth, 'tasks', 'Task', idOf(req.params.id));
    const pool = await taskPool(store.db, task);
    const quotas = pool.length ? (task.ratioBp != null ? quotasByRatio(pool, task.ratioBp as number) : quotasByCount(pool, task.count as number)) : {};
    const inspectors = task.dispatch ? [] : await inspectorPool(store.db, [task.unitId as number], task.method as string, task.districts as string[]);
    const strata = [...new Set(pool.map((p) => p.stratum))].sort();
    res.json({
      taskCode: task.code,
      poolSize: pool.length,
      dispatch: task.dispatch,
      strata: strata.map((s) => ({
        stratum: s,
        candidates: pool.filter((p) => p.stratum === s).length,
        quota: quotas[s] ?? 0,
        eligibleInspectors: task.dispatch ? null : inspectors.filter((i) => i.strata.includes(s)).length,
      })),
      teamSize: task.teamSize,
      publicSourceRequired: task.publicSourceRequired,
      publicSourceNote: task.publicSourceNote,
    });
  });

  router.post('/tasks/:id/draw', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { publicSource = '' } = parse(drawBody, req.body);
    const result = await store
      .transact(auth.actor, async (tx) => {
        const task = await readable(tx.q, auth, 'tasks', 'Task', idOf(req.params.id), true);
        can(auth, 'draw', 'Task', task);
        if (task.status !== 'draft') throw conflict('该任务已抽取；如需重抽，须由负责人作废原记录', 'already_drawn');
        if (task.publicSourceRequired && !publicSource) throw badRequest(`请输入事先公布的公开随机源：${task.publicSourceNote ?? ''}`, { publicSource: '必填' });
        const pool = await taskPool(tx.q, task);
        const dispatch = task.dispatch as boolean;
        const inspectors = dispatch ? [] : await inspectorPool(tx.q, [task.unitId as number], task.method as string, task.districts as string[]);
        const exclusions = dispatch ? [] : await exclusionPairs(tx.q, pool.map((p) => p.entityId), inspectors.map((i) => i.inspectorId));
        const record = runDraw({
          taskCode: task.code as string,
          nonce: randomBytes(32).toString('hex'),
          publicSource,
          pool,
          ...(task.ratioBp != null ? { ratioBp: task.ratioBp as number } : { count: task.count as number }),
          teamSize: task.teamSize as number,
          inspectorPool: inspectors,
          exclusions,
          matchTeams: !dispatch,
        });
        const drawId = await insertDraw(tx, auth, { taskId: task.id, unitId: task.unitId as number, departmentId: task.departmentId as number, kind: dispatch ? 'entities' : 'full', dispatchId: null, record });
        const byUscc = new Map(pool.map((p) => [p.id, p]));
        const team = await teamRows(tx.q, record.teams);
        const dispatchOf = new Map<string, { id: number; unitId: number; departmentId: number }>();
        if (dispatch) {
          const units = await tx.query<{ id: number; code: string }>(`SELECT id, code FROM units WHERE level = 'district'`);
          const counts = new Map<string, number>();
          for (const uscc of record.selected) counts.set(byUscc.get(uscc)!.district, (counts.get(byUscc.get(uscc)!.district) ?? 0) + 1);
          for (const [district, n] of counts) {
            const unitId = units.find((u) => u.code === district)!.id;
            const [row] = await tx.query<{ id: number }>(
              `INSERT INTO dispatches ("taskId", "drawId", "unitId", "fromUnitId", district, "entityCount", "createdAt", "updatedAt", "createdBy", "updatedBy")
               VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $8) RETURNING id`,
              [task.id, drawId, unitId, task.unitId, district, n, tx.now, tx.actor.id],
            );
            dispatchOf.set(district, { id: row.id, unitId, departmentId: await lineDepartment(tx.q, unitId, task.lineId as number) });
          }
        }
        const rows = record.selected.map((uscc) => {
          const e = byUscc.get(uscc)!;
          const d = dispatchOf.get(e.district);
          return { taskId: task.id, drawId, unitId: d?.unitId ?? task.unitId, departmentId: d?.departmentId ?? task.departmentId, entityId: e.entityId, uscc, stratum: e.stratum, dispatchId: d?.id ?? null, ...team(record.teams[uscc] ?? []), active: true };
        });
        await insertAssignments(tx, rows);
        await tx.query(`UPDATE tasks SET status = 'drawn', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1`, [task.id, tx.now, tx.actor.id]);
        return summary(drawId, record);
      })
      .catch((err) => {
        throw drawFailed(err);
      });
    res.status(201).json(result);
  });

  router.get('/draws/:id', requireAuth, async (req: AuthedRequest, res) => {
    const draw = await readable(store.db, req.auth!, 'draws', 'Draw', idOf(req.params.id));
    res.json({ ...publicRecord(draw), published: draw.published, unitId: draw.unitId, departmentId: draw.departmentId, dispatchId: draw.dispatchId });
  });

  router.post('/draws/:id/void', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { reason } = parse(reasonBody, req.body);
    await store.transact(
      auth.actor,
      async (tx) => {
        const draw = await readable(tx.q, auth, 'draws', 'Draw', idOf(req.params.id), true);
        can(auth, 'void', 'Draw', draw);
        if (draw.status === 'voided') throw conflict('该记录已作废', 'already_voided');
        const [task] = await tx.query<Row>('SELECT * FROM tasks WHERE id = $1 FOR UPDATE', [draw.taskId]);
        if (task.status !== 'drawn') throw conflict('已开始录入检查结果的任务不能作废抽取记录', 'results_entered');
        await tx.query(`UPDATE draws SET status = 'voided', "voidReason" = $2, "voidedAt" = $3, "voidedBy" = $4 WHERE id = $1`, [draw.id, reason, tx.now, auth.user.id]);
        if (draw.kind === 'team') {
          await tx.query(`UPDATE assignments SET "inspectorIds" = '{}', "inspectorUserIds" = '{}', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE "dispatchId" = $1`, [draw.dispatchId, tx.now, auth.user.id]);
          await tx.query(`UPDATE dispatches SET status = 'received', "teamDrawId" = NULL, version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1`, [draw.dispatchId, tx.now, auth.user.id]);
        } else {
          await tx.query(`UPDATE assignments SET active = false, version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE "drawId" = $1`, [draw.id, tx.now, auth.user.id]);
          await tx.query(`UPDATE draws SET status = 'voided', "voidReason" = $2, "voidedAt" = $3, "voidedBy" = $4 WHERE kind = 'team' AND "dispatchId" IN (SELECT id FROM dispatches WHERE "drawId" = $1) AND status = 'valid'`, [draw.id, reason, tx.now, auth.user.id]);
          await tx.query(`UPDATE dispatches SET status = 'voided', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE "drawId" = $1`, [draw.id, tx.now, auth.user.id]);
          await tx.query(`UPDATE tasks SET status = 'draft', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1`, [task.id, tx.now, auth.user.id]);
        }
        // Pending requests about the voided teams have nothing left to decide.
        await tx.query(
          `UPDATE replacements SET status = 'rejected', "decidedBy" = $2, "decidedByName" = $3, "decidedAt" = $4, "decisionReason" = $5, version = version + 1, "updatedAt" = $4, "updatedBy" = $2
            WHERE status = 'pending' AND "assignmentId" IN (SELECT id FROM assignments WHERE ${draw.kind === 'team' ? '"dispatchId"' : '"drawId"'} = $1)`,
          [draw.kind === 'team' ? draw.dispatchId : draw.id, auth.user.id, auth.user.name, tx.now, `抽取记录已作废：${reason}`],
        );
        await tx.audit('void', 'draws', draw.id, { status: 'valid' }, { status: 'voided', voidReason: reason });
      },
      reason,
    );
    res.json({ ok: true });
  });

  router.post('/draws/:id/publish', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    await store.transact(auth.actor, async (tx) => {
      const draw = await readable(tx.q, auth, 'draws', 'Draw', idOf(req.params.id), true);
      can(auth, 'publish', 'Draw', draw);
      if (draw.published) throw conflict('已公开', 'already_published');
      await tx.query('UPDATE draws SET published = true, "publishedAt" = $2 WHERE id = $1', [draw.id, tx.now]);
      await tx.audit('publish', 'draws', draw.id, { published: false }, { published: true });
    });
    res.json({ ok: true });
  });

  router.post('/dispatches/:id/receive', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const updated = await store.transact(auth.actor, async (tx) => {
      const d = await readable(tx.q, auth, 'dispatches', 'Dispatch', idOf(req.params.id), true);
      can(auth, 'receive', 'Dispatch', d);
      if (d.status !== 'sent') throw conflict(d.status === 'voided' ? '该派发已随抽取记录作废' : '已查收', 'not_pending');
      const [row] = await tx.query<Row>(`UPDATE dispatches SET status = 'received', "receivedAt" = $2, "receivedBy" = $3, version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1 RETURNING *`, [d.id, tx.now, auth.user.id]);
      await tx.audit('receive', 'dispatches', d.id, { status: 'sent' }, { status: 'received' });
      return row;
    });
    res.json(updated);
  });

  router.post('/dispatches/:id/draw', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const result = await store
      .transact(auth.actor, async (tx) => {
        const d = await readable(tx.q, auth, 'dispatches', 'Dispatch', idOf(req.params.id), true);
        can(auth, 'draw', 'Dispatch', d);
        if (d.status !== 'received') throw conflict(d.status === 'sent' ? '请先查收' : '已匹配执法人员', 'not_received');
        const [task] = await tx.query<Row>('SELECT * FROM tasks WHERE id = $1', [d.taskId]);
        const rows = await tx.query<Row>('SELECT * FROM assignments WHERE "dispatchId" = $1 AND active ORDER BY id', [d.id]);
        const pool = rows.map((a) => ({ id: a.uscc as string, stratum: a.stratum as string }));
        const inspectors = await inspectorPool(tx.q, [d.unitId as number], task.method as string, [d.district as string]);
        const exclusions = await exclusionPairs(tx.q, rows.map((a) => a.entityId as number), inspectors.map((i) => i.inspectorId));
        const record = runTeamOnlyDraw({ taskCode: task.code as string, nonce: randomBytes(32).toString('hex'), pool, teamSize: task.teamSize as number, inspectorPool: inspectors, exclusions });
        const departmentId = rows[0]?.departmentId as number;
        const drawId = await insertDraw(tx, auth, { taskId: task.id, unitId: d.unitId as number, departmentId, kind: 'team', dispatchId: d.id, record });
        const team = await teamRows(tx.q, record.teams);
        for (const a of rows) {
          const t = team(record.teams[a.uscc as string]);
          await tx.query('UPDATE assignments SET "inspectorIds" = $2, "inspectorUserIds" = $3, version = version + 1, "updatedAt" = $4, "updatedBy" = $5 WHERE id = $1', [a.id, t.inspectorIds, t.inspectorUserIds, tx.now, auth.user.id]);
        }
        await tx.query(`UPDATE dispatches SET status = 'matched', "teamDrawId" = $2, version = version + 1, "updatedAt" = $3, "updatedBy" = $4 WHERE id = $1`, [d.id, drawId, tx.now, auth.user.id]);
        return summary(drawId, record);
      })
      .catch((err) => {
        throw drawFailed(err);
      });
    res.status(201).json(result);
  });

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
        const [pending] = await tx.query('SELECT 1 FROM replacements WHERE "assignmentId" = $1 AND "inspectorId" = $2 AND status = $3', [a.id, body.inspectorId, 'pending']);
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

  router.post('/replacements/:id/approve', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { reason = null } = parse(optionalReason, req.body);
    const result = await store.transact(
      auth.actor,
      async (tx) => {
        const r = await decidable(tx, auth, idOf(req.params.id));
        const [a] = await tx.query<Row>('SELECT * FROM assignments WHERE id = $1 FOR UPDATE', [r.assignmentId]);
        const [draw] = await tx.query<Row>(
          a.dispatchId ? `SELECT d.* FROM draws d JOIN dispatches p ON p."teamDrawId" = d.id WHERE p.id = $1` : `SELECT * FROM draws WHERE id = $1`,
          [a.dispatchId ?? a.drawId],
        );
        // The team may have changed since the request: a voided draw, a new matching, an earlier replacement.
        if (!a.active || !draw || draw.status !== 'valid' || !(a.inspectorIds as number[]).includes(r.inspectorId as number)) {
          throw conflict('该申请针对的检查组已变化（抽取记录作废或人员已更换），请重新提出', 'team_changed');
        }
        const record = draw.record as DrawRecord;
        const history = await tx.query<{ inspectorId: number }>(`SELECT "inspectorId" FROM replacements WHERE "assignmentId" = $1 AND status = 'approved'`, [a.id]);
        const loads: Record<string, number> = {};
        for (const row of await tx.query<{ inspectorIds: number[] }>('SELECT "inspectorIds" FROM assignments WHERE "taskId" = $1 AND active', [a.taskId])) {
          for (const i of row.inspectorIds) loads[String(i)] = (loads[String(i)] ?? 0) + 1;
        }
        const n = history.length + 1;
        const out = String(r.inspectorId);
        const pick = pickReplacement({
          seed: record.seed,
          entity: { id: a.uscc as string, stratum: a.stratum as string },
          team: (a.inspectorIds as number[]).map(String),
          replacedOut: [...history.map((h) => String(h.inspectorId)), out],
          n,
          inspectorPool: record.inspectorPool,
          exclusions: record.exclusions,
          loads,
        });
        if (!pick) throw conflict('没有其他具备执法资格的人员可以替换', 'no_replacement');
        const team = (a.inspectorIds as number[]).map((i) => (i === r.inspectorId ? Number(pick.inspectorId) : i));
        const users = await tx.query<{ userId: number | null }>('SELECT "userId" FROM inspectors WHERE id = ANY($1)', [team]);
        await tx.query('UPDATE assignments SET "inspectorIds" = $2, "inspectorUserIds" = $3, version = version + 1, "updatedAt" = $4, "updatedBy" = $5 WHERE id = $1', [
          a.id,
          team,
          users.map((u) => u.userId).filter((u): u is number => u != null),
          tx.now,
          auth.user.id,
        ]);
        const [row] = await tx.query<Row>(
          `UPDATE replacements SET status = 'approved', "decidedBy" = $2, "decidedAt" = $3, "decisionReason" = $4, n = $5, candidates = $6, "replacementInspectorId" = $7,
                  "decidedByName" = $8, version = version + 1, "updatedAt" = $3, "updatedBy" = $2 WHERE id = $1 RETURNING *`,
          [r.id, auth.user.id, tx.now, reason, n, JSON.stringify(pick.candidates), Number(pick.inspectorId), auth.user.name],
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

  return router;
}

/** A pending request this user may decide: the office's head, never on their own request. */
async function decidable(tx: Tx, auth: AuthContext, id: number): Promise<Row> {
  const r = await readable(tx.q, auth, 'replacements', 'Replacement', id, true);
  can(auth, 'decide', 'Replacement', r);
  if (r.requestedBy === auth.user.id) throw new HttpError(403, '不能审批自己提出的申请', 'own_request');
  if (r.status !== 'pending') throw conflict('该申请已处理', 'already_decided');
  return r;
}

async function insertAssignments(tx: Tx, rows: Record<string, unknown>[]) {
  const cols = ['taskId', 'drawId', 'unitId', 'departmentId', 'entityId', 'uscc', 'stratum', 'dispatchId', 'inspectorIds', 'inspectorUserIds', 'active'];
  const all = [...cols, 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'];
  const per = Math.floor(30_000 / all.length);
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params = chunk.flatMap((r) => [...cols.map((c) => r[c]), tx.now, tx.now, tx.actor.id, tx.actor.id]);
    const values = chunk.map((_, j) => `(${all.map((_, k) => `$${j * all.length + k + 1}`).join(', ')})`).join(', ');
    await tx.query(`INSERT INTO assignments (${all.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`, params);
  }
}

import { Router } from 'express';
import type { NonceSource } from './nonces.js';
import { z } from 'zod';
import { subject as asSubject } from '@casl/ability';
import type { Queryable } from '../store/db.js';
import type { Row, Store, Tx } from '../store/store.js';
import { requireAuth, type AuthContext, type AuthedRequest } from '../auth/middleware.js';
import { badRequest, conflict, HttpError, notFound } from '../rest/errors.js';
import {
  countByStratum,
  countQuotas,
  DrawError,
  H,
  inspectorPoolHash,
  parseCanonicalPool,
  canonicalPoolText,
  ratioQuotas,
  runDraw,
  runTeamOnlyDraw,
  type DrawKind,
  type DrawRecord,
  type InspectorCandidate,
  type ReplacementEntry,
} from '../domain/draw.js';
import { idOf, readable } from './scope.js';
import { districtNames, exclusionPairs, inspectorPool, taskExclusions, taskPoolCounts, taskPoolTextQuery } from './draw-inputs.js';
import { can, parse, reasonBody } from './checks.js';
import { assertSourceDue, liveCommitment } from './commitments.js';
import { enqueue, publicDraw } from './outbox.js';

/**
 * §1a: the record of a committed draw carries the commitment, the inspector pool's hash, when it was made and the
 * date of the public source it waited for. The frozen pools must still hash to what was published.
 */
function withCommitment(record: DrawRecord, c: Row): DrawRecord {
  if (record.poolHash !== c.poolHash || inspectorPoolHash(record.inspectorPool, record.exclusions) !== c.inspectorPoolHash)
    throw new Error(`commitment ${c.id}: the frozen pools no longer hash to the committed values`);
  return {
    ...record,
    commitment: c.commitment as string,
    inspectorPoolHash: c.inspectorPoolHash as string,
    committedAt: c.committedAt as string,
    publicSourceDate: c.publicSourceDate as string,
  };
}

/** No one draws themselves (§5): a committed pool was frozen without its committer, so another member of it may not run the draw. */
async function assertNotInPool(q: Queryable, userId: number, pool: InspectorCandidate[]) {
  const own = await q.query<{ id: number }>('SELECT id FROM inspectors WHERE "userId" = $1', [userId]);
  const ids = new Set(pool.map((i) => i.id));
  if (own.some((i) => ids.has(String(i.id)))) throw conflict('您在本任务承诺的执法人员范围内，不能自己抽取；请由其他经办人员抽取', 'drawer_in_pool');
}

const drawFailed = (err: unknown) => {
  if (err instanceof DrawError) {
    return new HttpError(
      409,
      `抽取失败，未保存任何结果：${err.message}`,
      'draw_failed',
      Object.fromEntries(err.unstaffed.slice(0, 100).map((u) => [u.entityId, `${u.stratum}：可匹配 ${u.eligible} 人`])),
      {
        unstaffed: err.unstaffed,
      },
    );
  }
  return err;
};

/** A provincial task's selection is the platform's own record (issue 15): it publishes it, and only it may redo it. */
const PROVINCE_DRAW = '省级平台派发任务的抽取由省级平台记录和公示，本局不能公开或作废';

/** The department of `unitId` that implements `lineId` (a district's counterpart of a city office). */
async function lineDepartment(q: Queryable, unitId: number, lineId: number): Promise<number> {
  const [d] = await q.query<{ id: number }>('SELECT id FROM departments WHERE "unitId" = $1 AND "lineId" = $2 ORDER BY id LIMIT 1', [unitId, lineId]);
  if (!d) throw conflict('该区（市）局没有对应业务条线的实施机构', 'no_department');
  return d.id;
}

type DrawRow = { taskId: number; unitId: number; departmentId: number; kind: DrawKind; dispatchId: number | null };

/**
 * Opens a draw's row with its pool: the canonical text of §2 as a text column (what §2 hashes; one text value is
 * written and read far faster than half a million JSON objects), either computed by the database in the same
 * statement — so a city-scale pool travels out once and never back — or given. The record follows (completeDraw).
 */
async function openDraw(
  tx: Tx,
  auth: AuthContext,
  fields: DrawRow,
  pool: { sql: string; params: unknown[] } | { text: string },
): Promise<{ id: number; poolText: string }> {
  const params = 'sql' in pool ? pool.params : [pool.text];
  const at = params.length;
  const [row] = await tx.query<{ id: number; poolText: string | null }>(
    `INSERT INTO draws ("taskId", "unitId", "departmentId", kind, "dispatchId", "drawnAt", "drawnBy", "drawnByName", record, "poolText")
     VALUES (${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `$${at + i}`).join(', ')}, '{}', ${'sql' in pool ? pool.sql : '$1'}) RETURNING id, "poolText"`,
    [...params, fields.taskId, fields.unitId, fields.departmentId, fields.kind, fields.dispatchId, tx.now, auth.user.id, auth.user.name],
  );
  return { id: row.id, poolText: row.poolText ?? '' };
}

/** Writes the record into its row (all but the pool, already there, and the replacements, appended as approved). */
async function completeDraw(tx: Tx, drawId: number, poolText: string, record: DrawRecord, taskId: number) {
  const { pool, replacements: _none, ...rest } = record;
  // The database's order is code-point order; should it ever differ, the record's own canonical text is stored.
  const ownText = H(poolText) === record.poolHash ? null : canonicalPoolText(pool);
  const poolCounts = Object.fromEntries(countByStratum(pool));
  await tx.query(
    `UPDATE draws SET record = $2, "poolSize" = $3, "poolCounts" = $4, "selectedCount" = $5, "poolText" = COALESCE($6, "poolText") WHERE id = $1`,
    [drawId, JSON.stringify(rest), pool.length, JSON.stringify(poolCounts), rest.selected.length, ownText],
  );
  await tx.audit('draw', 'draws', drawId, null, { taskId, kind: rest.kind, seed: rest.seed, poolHash: rest.poolHash, selected: rest.selected.length });
}

type StoredRecord = Omit<DrawRecord, 'pool' | 'replacements'>;

/** The whole §7 record of a stored draw, fields in the spec's order. */
export const fullRecord = (draw: Row): DrawRecord => {
  const { algorithm, kind, taskCode, nonce, publicSource, seed, ...rest } = draw.record as StoredRecord;
  return {
    algorithm,
    kind,
    taskCode,
    nonce,
    publicSource,
    seed,
    pool: parseCanonicalPool(draw.poolText as string),
    ...rest,
    replacements: draw.replacements as ReplacementEntry[],
  };
};

const statusOf = (draw: Row) => ({ status: draw.status, ...(draw.status === 'voided' ? { voidReason: draw.voidReason, voidedAt: draw.voidedAt } : {}) });

/** The published form of a record: DRAW-SPEC §7 fields plus its status. */
export const publicRecord = (draw: Row) => ({
  id: draw.id,
  drawId: draw.id,
  taskId: draw.taskId,
  drawnAt: draw.drawnAt,
  ...fullRecord(draw),
  ...statusOf(draw),
});

/**
 * What a screen shows of a record: everything but its long lists (pool, selection, teams, inspectors, exclusions),
 * with their sizes — cut out by the database, so that a city-scale record's tens of megabytes stay there. 404 outside
 * the user's scope, like readable().
 */
async function recordSummary(q: Queryable, auth: AuthContext, id: number) {
  const [draw] = await q.query<Row>(
    `SELECT id, "taskId", "unitId", "departmentId", kind, "dispatchId", "drawnAt", status, "voidReason", "voidedAt", published, "poolSize", "poolCounts", "selectedCount", replacements,
            record - 'selected' - 'teams' - 'inspectorPool' - 'exclusions' AS record, record->'selected'->>0 AS "firstSelected",
            (SELECT count(*)::int FROM jsonb_object_keys(record->'teams')) AS "teamCount",
            jsonb_array_length(record->'inspectorPool') AS "inspectorCount", jsonb_array_length(record->'exclusions') AS "exclusionCount"
       FROM draws WHERE id = $1`,
    [id],
  );
  if (!draw || !auth.ability.can('read', asSubject('Draw', { ...draw }))) throw notFound();
  return {
    id: draw.id,
    drawId: draw.id,
    taskId: draw.taskId,
    drawnAt: draw.drawnAt,
    ...(draw.record as Omit<StoredRecord, 'selected' | 'teams' | 'inspectorPool' | 'exclusions'>),
    replacements: draw.replacements as ReplacementEntry[],
    poolSize: draw.poolSize,
    candidates: draw.poolCounts,
    selectedCount: draw.selectedCount,
    firstSelected: draw.firstSelected,
    teamCount: draw.teamCount,
    inspectorCount: draw.inspectorCount,
    exclusionCount: draw.exclusionCount,
    ...statusOf(draw),
    published: draw.published,
    unitId: draw.unitId,
    departmentId: draw.departmentId,
    dispatchId: draw.dispatchId,
  };
}

/** GET /api/tasks/:id/preview: what a draw would work on, per district (§9.1). */
export interface DrawPreview {
  taskCode: string;
  poolSize: number;
  dispatch: boolean;
  /** eligibleInspectors is null for a dispatched task: the districts match their own inspectors. */
  strata: { stratum: string; candidates: number; quota: number; eligibleInspectors: number | null }[];
  teamSize: number;
  publicSourceRequired: boolean;
  publicSourceNote: string | null;
}

/** 201 of POST /api/tasks/:id/draw and /api/dispatches/:id/draw. */
export interface DrawSummary {
  drawId: number;
  algorithm: string;
  kind: DrawRecord['kind'];
  taskCode: string;
  seed: string;
  poolHash: string;
  poolSize: number;
  quotas: Record<string, number>;
  selectedCount: number;
  teamCount: number;
}

/** GET /api/draws/:id/selected: one entity of a page of the selection, in draw order. */
export interface SelectedEntity {
  id: string;
  rank: number;
  uscc: string;
  stratum: string | null;
}

const summary = (drawId: number, r: DrawRecord): DrawSummary => ({
  drawId,
  algorithm: r.algorithm,
  kind: r.kind,
  taskCode: r.taskCode,
  seed: r.seed,
  poolHash: r.poolHash,
  poolSize: r.pool.length,
  quotas: r.quotas,
  selectedCount: r.selected.length,
  teamCount: Object.keys(r.teams).length,
});

/** Inspector ids (strings in the record) → ids and the users linked to them. */
async function teamRows(q: Queryable, teams: Record<string, string[]>) {
  const ids = [...new Set(Object.values(teams).flat().map(Number))];
  const rows = await q.query<{ id: number; userId: number | null }>('SELECT id, "userId" FROM inspectors WHERE id = ANY($1)', [ids]);
  const userOf = new Map(rows.map((r) => [r.id, r.userId]));
  return (team: string[]) => ({
    inspectorIds: team.map(Number),
    inspectorUserIds: team.map((i) => userOf.get(Number(i))).filter((u): u is number => u != null),
  });
}

const drawBody = z.strictObject({ publicSource: z.string().trim().max(200).optional() });
const rangeQuery = z.object({
  range: z
    .string()
    .default('[0,24]')
    .transform((raw, ctx) => {
      const r = /^\[(\d+),(\d+)\]$/.exec(raw);
      if (!r || Number(r[2]) < Number(r[1])) {
        ctx.addIssue({ code: 'custom', message: '应为 [起,止]' });
        return z.NEVER;
      }
      return [Number(r[1]), Number(r[2])] as const;
    }),
});

/**
 * The draw (§9.1, §9.2, DRAW-SPEC):
 *   GET  /tasks/:id/preview            pool per district, quotas, eligible inspectors per district
 *   POST /tasks/:id/draw               run QD-DRAW-2 once; 409 when already drawn or when it cannot be staffed
 *   GET  /draws/:id                    the whole record (staff); the public's is in public.ts
 *   GET  /draws/:id/summary            the record without its long lists (what a screen shows)
 *   POST /draws/:id/void | /publish    the office's head
 *   POST /dispatches/:id/receive | /draw   a district acknowledges its share (查收) and matches its own inspectors
 * Replacements are in replacements.ts.
 */
export function drawActionsRouter(store: Store, nonces: NonceSource): Router {
  const router = Router();

  router.get('/tasks/:id/preview', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const task = await readable(store.db, auth, 'tasks', 'Task', idOf(req.params.id));
    // A committed task previews its frozen pools (§1a), not the libraries as they now stand.
    const [committed] = await store.db.query<Row>(`SELECT "poolCounts", "inspectorPool" FROM commitments WHERE "taskId" = $1 AND status = 'live'`, [task.id]);
    const counts = committed ? new Map(Object.entries(committed.poolCounts as Record<string, number>)) : await taskPoolCounts(store.db, task);
    const poolSize = [...counts.values()].reduce((a, b) => a + b, 0);
    const quotas = poolSize ? (task.ratioBp != null ? ratioQuotas(counts, task.ratioBp as number) : countQuotas(counts, task.count as number)) : {};
    const inspectors: InspectorCandidate[] = committed
      ? (committed.inspectorPool as InspectorCandidate[])
      : task.dispatch
        ? []
        : await inspectorPool(store.db, [task.unitId as number], task.method as string, task.districts as string[], auth.user.id);
    const strata = [...counts.keys()].sort();
    res.json({
      taskCode: task.code as string,
      poolSize,
      dispatch: task.dispatch as boolean,
      strata: strata.map((s) => ({
        stratum: s,
        candidates: counts.get(s)!,
        quota: quotas[s] ?? 0,
        eligibleInspectors: task.dispatch ? null : inspectors.filter((i) => i.strata.includes(s)).length,
      })),
      teamSize: task.teamSize as number,
      publicSourceRequired: task.publicSourceRequired as boolean,
      publicSourceNote: task.publicSourceNote as string | null,
    } satisfies DrawPreview);
  });

  router.post('/tasks/:id/draw', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { publicSource = '' } = parse(drawBody, req.body);
    const result = await store
      .transact(auth.actor, async (tx) => {
        const task = await readable(tx.q, auth, 'tasks', 'Task', idOf(req.params.id), true);
        can(auth, 'draw', 'Task', task);
        if (task.status !== 'draft' && task.status !== 'committed') throw conflict('该任务已抽取；如需重抽，须由负责人作废原记录', 'already_drawn');
        // §1a: a task that announced its public source draws only from its commitment, once the source is out.
        const committed = task.publicSourceRequired ? await liveCommitment(tx.q, task.id) : undefined;
        if (task.publicSourceRequired && !committed)
          throw conflict('该任务事先声明了公开随机源：须先承诺（冻结抽取范围并公布承诺值），再于随机源公布后抽取', 'not_committed');
        if (committed) assertSourceDue(committed, tx.now);
        if (task.publicSourceRequired && !publicSource)
          throw badRequest(`请输入事先公布的公开随机源：${task.publicSourceNote ?? ''}`, { publicSource: '必填' });
        if (committed) await assertNotInPool(tx.q, auth.user.id, committed.inspectorPool as InspectorCandidate[]);
        const dispatch = task.dispatch as boolean;
        const drawRow = {
          taskId: task.id,
          unitId: task.unitId as number,
          departmentId: task.departmentId as number,
          kind: dispatch ? 'entities' : 'full',
          dispatchId: null,
        } as const;
        const { id: drawId, poolText } = await openDraw(
          tx,
          auth,
          drawRow,
          committed ? { text: committed.poolText as string } : await taskPoolTextQuery(tx.q, task),
        );
        const inspectors = committed
          ? (committed.inspectorPool as InspectorCandidate[])
          : dispatch
            ? []
            : await inspectorPool(tx.q, [task.unitId as number], task.method as string, task.districts as string[], auth.user.id);
        const exclusions = committed
          ? (committed.exclusions as [string, string][])
          : dispatch
            ? []
            : await taskExclusions(
                tx.q,
                task,
                inspectors.map((i) => Number(i.id)),
              );
        const rules = committed ?? task;
        const drawn = runDraw({
          kind: drawRow.kind,
          taskCode: task.code as string,
          nonce: committed ? (committed.nonce as string) : nonces(),
          publicSource,
          pool: poolText,
          ...(rules.ratioBp != null ? { ratioBp: rules.ratioBp as number } : { count: rules.count as number }),
          teamSize: rules.teamSize as number,
          inspectorPool: inspectors,
          exclusions,
        });
        const record = committed ? withCommitment(drawn, committed) : drawn;
        await completeDraw(tx, drawId, poolText, record, task.id);
        if (committed) await tx.query(`UPDATE commitments SET status = 'drawn', "drawId" = $2 WHERE id = $1`, [committed.id, drawId]);
        const team = await teamRows(tx.q, record.teams);
        const codeOf = new Map([...(await districtNames(tx.q))].map(([code, name]) => [name, code]));
        const stratumOf = new Map(record.selected.map((uscc) => [uscc, '']));
        for (const p of record.pool) if (stratumOf.has(p.id)) stratumOf.set(p.id, p.stratum);
        const dispatchOf = new Map<string, { id: number; unitId: number; departmentId: number }>();
        if (dispatch) {
          const units = await tx.query<{ id: number; code: string }>(`SELECT id, code FROM units WHERE level = 'district'`);
          const counts = new Map<string, number>();
          for (const stratum of stratumOf.values()) counts.set(codeOf.get(stratum)!, (counts.get(codeOf.get(stratum)!) ?? 0) + 1);
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
          const stratum = stratumOf.get(uscc)!;
          const d = dispatchOf.get(codeOf.get(stratum)!);
          return {
            unitId: d?.unitId ?? task.unitId,
            departmentId: d?.departmentId ?? task.departmentId,
            uscc,
            stratum,
            dispatchId: d?.id ?? null,
            ...team(record.teams[uscc] ?? []),
          };
        });
        await insertAssignments(tx, task.id, drawId, dispatch ? 0 : record.teamSize, rows);
        await tx.query(`UPDATE tasks SET status = 'drawn', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1`, [
          task.id,
          tx.now,
          tx.actor.id,
        ]);
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

  router.get('/draws/:id/summary', requireAuth, async (req: AuthedRequest, res) => {
    res.json(await recordSummary(store.db, req.auth!, idOf(req.params.id)));
  });

  // A page of the selection in draw order, with each entity's stratum (simple-rest's range and Content-Range).
  // A page of the selection in draw order, with each entity's stratum (simple-rest's range and Content-Range); the
  // page is cut out of the record by the database.
  router.get('/draws/:id/selected', requireAuth, async (req: AuthedRequest, res) => {
    const [from, to] = parse(rangeQuery, req.query).range;
    const last = Math.min(to, from + 99);
    const [draw] = await store.db.query<Row>(
      `SELECT id, "unitId", "departmentId", kind, "dispatchId", status, published, "taskId", jsonb_array_length(record->'selected') AS total,
              ARRAY(SELECT record->'selected'->>i FROM generate_series($2::integer, LEAST($3::integer, jsonb_array_length(record->'selected') - 1)) AS i ORDER BY i) AS page
         FROM draws WHERE id = $1`,
      [idOf(req.params.id), from, last],
    );
    if (!draw || !req.auth!.ability.can('read', asSubject('Draw', { ...draw }))) throw notFound();
    const page = draw.page as string[];
    // A district's team matching shares its entities' assignment rows with the city draw they were dispatched by.
    const rows = await store.db.query<{ uscc: string; stratum: string }>(
      `SELECT DISTINCT a.uscc, a.stratum FROM assignments a WHERE a.uscc = ANY($2) AND (a."drawId" = $1 OR a."dispatchId" = (SELECT "dispatchId" FROM draws WHERE id = $1))`,
      [draw.id, page],
    );
    const stratumOf = new Map(rows.map((r) => [r.uscc, r.stratum]));
    res.set('Content-Range', `selected ${from}-${from + page.length - 1}/${draw.total}`);
    res.json(page.map((uscc, i): SelectedEntity => ({ id: uscc, rank: from + i + 1, uscc, stratum: stratumOf.get(uscc) ?? null })));
  });

  router.post('/draws/:id/void', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { reason } = parse(reasonBody, req.body);
    await store.transact(
      auth.actor,
      async (tx) => {
        const draw = await readable(tx.q, auth, 'draws', 'Draw', idOf(req.params.id), true);
        can(auth, 'void', 'Draw', draw);
        if (draw.kind === 'province') throw conflict(PROVINCE_DRAW, 'province_draw');
        if (draw.status === 'voided') throw conflict('该记录已作废', 'already_voided');
        const [task] = await tx.query<Row>('SELECT * FROM tasks WHERE id = $1 FOR UPDATE', [draw.taskId]);
        if (task.status !== 'drawn') throw conflict('已开始录入检查结果的任务不能作废抽取记录', 'results_entered');
        await tx.query(`UPDATE draws SET status = 'voided', "voidReason" = $2, "voidedAt" = $3, "voidedBy" = $4 WHERE id = $1`, [
          draw.id,
          reason,
          tx.now,
          auth.user.id,
        ]);
        if (draw.kind === 'team') {
          await tx.query(
            `UPDATE assignments SET "inspectorIds" = '{}', "inspectorUserIds" = '{}', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE "dispatchId" = $1`,
            [draw.dispatchId, tx.now, auth.user.id],
          );
          await tx.query(
            `UPDATE dispatches SET status = 'received', "teamDrawId" = NULL, version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1`,
            [draw.dispatchId, tx.now, auth.user.id],
          );
        } else {
          await tx.query(`UPDATE assignments SET active = false, version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE "drawId" = $1`, [
            draw.id,
            tx.now,
            auth.user.id,
          ]);
          await tx.query(
            `UPDATE draws SET status = 'voided', "voidReason" = $2, "voidedAt" = $3, "voidedBy" = $4 WHERE kind = 'team' AND "dispatchId" IN (SELECT id FROM dispatches WHERE "drawId" = $1) AND status = 'valid'`,
            [draw.id, reason, tx.now, auth.user.id],
          );
          await tx.query(`UPDATE dispatches SET status = 'voided', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE "drawId" = $1`, [
            draw.id,
            tx.now,
            auth.user.id,
          ]);
          await tx.query(`UPDATE tasks SET status = 'draft', version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1`, [
            task.id,
            tx.now,
            auth.user.id,
          ]);
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
      if (draw.kind === 'province') throw conflict(PROVINCE_DRAW, 'province_draw');
      if (draw.published) throw conflict('已公开', 'already_published');
      await tx.query('UPDATE draws SET published = true, "publishedAt" = $2 WHERE id = $1', [draw.id, tx.now]);
      await tx.audit('publish', 'draws', draw.id, { published: false }, { published: true });
      await enqueue(tx, 'draw', draw.id as number, () => publicDraw(tx, draw.id as number));
    });
    res.json({ ok: true });
  });

  router.post('/dispatches/:id/receive', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const updated = await store.transact(auth.actor, async (tx) => {
      const d = await readable(tx.q, auth, 'dispatches', 'Dispatch', idOf(req.params.id), true);
      can(auth, 'receive', 'Dispatch', d);
      if (d.status !== 'sent') throw conflict(d.status === 'voided' ? '该派发已随抽取记录作废' : '已查收', 'not_pending');
      const [row] = await tx.query<Row>(
        `UPDATE dispatches SET status = 'received', "receivedAt" = $2, "receivedBy" = $3, version = version + 1, "updatedAt" = $2, "updatedBy" = $3 WHERE id = $1 RETURNING *`,
        [d.id, tx.now, auth.user.id],
      );
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
        const inspectors = await inspectorPool(tx.q, [d.unitId as number], task.method as string, [d.district as string], auth.user.id);
        const exclusions = await exclusionPairs(
          tx.q,
          rows.map((a) => a.entityId as number),
          inspectors.map((i) => i.inspectorId),
        );
        const record = runTeamOnlyDraw({
          taskCode: task.code as string,
          nonce: nonces(),
          pool,
          teamSize: task.teamSize as number,
          inspectorPool: inspectors,
          exclusions,
        });
        const departmentId = rows[0]?.departmentId as number;
        const poolText = canonicalPoolText(record.pool);
        const { id: drawId } = await openDraw(
          tx,
          auth,
          { taskId: task.id, unitId: d.unitId as number, departmentId, kind: 'team', dispatchId: d.id },
          { text: poolText },
        );
        await completeDraw(tx, drawId, poolText, record, task.id);
        const team = await teamRows(tx.q, record.teams);
        for (const a of rows) {
          const t = team(record.teams[a.uscc as string]);
          await tx.query(
            'UPDATE assignments SET "inspectorIds" = $2, "inspectorUserIds" = $3, version = version + 1, "updatedAt" = $4, "updatedBy" = $5 WHERE id = $1',
            [a.id, t.inspectorIds, t.inspectorUserIds, tx.now, auth.user.id],
          );
        }
        await tx.query(`UPDATE dispatches SET status = 'matched', "teamDrawId" = $2, version = version + 1, "updatedAt" = $3, "updatedBy" = $4 WHERE id = $1`, [
          d.id,
          drawId,
          tx.now,
          auth.user.id,
        ]);
        return summary(drawId, record);
      })
      .catch((err) => {
        throw drawFailed(err);
      });
    res.status(201).json(result);
  });

  return router;
}

/**
 * Assignment rows of a draw in one statement: arrays unnested by the database rather than 25,000 value tuples, the
 * entity ids looked up there, the teams (all of one size) as one flat array sliced per row.
 */
async function insertAssignments(
  tx: Tx,
  taskId: number,
  drawId: number,
  teamSize: number,
  rows: {
    unitId: unknown;
    departmentId: unknown;
    uscc: string;
    stratum: string;
    dispatchId: number | null;
    inspectorIds: number[];
    inspectorUserIds: number[];
  }[],
) {
  await tx.query(
    `INSERT INTO assignments ("taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "dispatchId", "inspectorIds", "inspectorUserIds", active, "createdAt", "updatedAt", "createdBy", "updatedBy")
     SELECT $1, $2, r.unit, r.dept, e.id, r.uscc, r.stratum, r.dispatch,
            CASE WHEN $5::integer = 0 THEN '{}'::integer[] ELSE ($11::integer[])[(r.ord - 1) * $5 + 1 : r.ord * $5] END, r.users::integer[], true, $3, $3, $4, $4
       FROM unnest($6::integer[], $7::integer[], $8::text[], $9::text[], $10::integer[], $12::text[]) WITH ORDINALITY AS r(unit, dept, uscc, stratum, dispatch, users, ord)
       JOIN entities e ON e.uscc = r.uscc
      ORDER BY r.ord`,
    [
      taskId,
      drawId,
      tx.now,
      tx.actor.id,
      teamSize,
      rows.map((r) => r.unitId),
      rows.map((r) => r.departmentId),
      rows.map((r) => r.uscc),
      rows.map((r) => r.stratum),
      rows.map((r) => r.dispatchId),
      rows.flatMap((r) => r.inspectorIds),
      rows.map((r) => `{${r.inspectorUserIds.join(',')}}`),
    ],
  );
}

import { Router } from 'express';
import { subject as asSubject, ForbiddenError } from '@casl/ability';
import { z } from 'zod';
import type { Queryable } from '../store/db.js';
import type { Row, Store, Tx } from '../store/store.js';
import { requireAuth, type AuthContext, type AuthedRequest } from '../auth/middleware.js';
import { badRequest, conflict, HttpError, notFound, zodToHttp } from '../rest/errors.js';
import { diffPlanLines, isPublishedLate, uncoveredItems, type PlanLineLike } from '../domain/plans.js';
import { idOf, readable } from './scope.js';
import { checkPlanLine, planLineSchema, type PlanLineInput } from '../resources/plans.js';
import type { CompiledResource } from '../rest/router.js';

/** GET /api/plans/:id/coverage (§8.3): the plan's unit's active items, those no line or exemption covers, the exemptions. */
export interface PlanCoverage {
  activeItems: number;
  uncovered: { id: number; name: string; lineId: number }[];
  exempted: { itemId: number; reason: string }[];
}

async function coverage(q: Queryable, plan: Row): Promise<PlanCoverage> {
  const [items, lines, exemptions] = await Promise.all([
    q.query<{ id: number; name: string; lineId: number }>(`SELECT id, name, "lineId" FROM items WHERE "unitId" = $1 AND status = 'active' ORDER BY id`, [
      plan.unitId,
    ]),
    q.query<{ itemId: number }>('SELECT "itemId" FROM plan_lines WHERE "planId" = $1', [plan.id]),
    q.query<{ itemId: number; reason: string }>('SELECT "itemId", reason FROM plan_exemptions WHERE "planId" = $1', [plan.id]),
  ]);
  const uncovered = uncoveredItems(
    items,
    lines,
    exemptions.map((e) => e.itemId),
  );
  return { activeItems: items.length, uncovered, exempted: exemptions };
}

/** Snapshots the plan as published: a new row of plan_versions. */
async function recordVersion(tx: Tx, plan: Row, planVersion: number, auth: AuthContext, late: boolean, reason: string | null, adjustmentId: number | null) {
  const lines = await tx.query('SELECT * FROM plan_lines WHERE "planId" = $1 ORDER BY id', [plan.id]);
  const exemptions = await tx.query('SELECT * FROM plan_exemptions WHERE "planId" = $1 ORDER BY id', [plan.id]);
  await tx.query(
    `INSERT INTO plan_versions ("planId", "unitId", "planVersion", "publishedAt", "publishedBy", "publishedByName", late, reason, "adjustmentId", lines, exemptions)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [plan.id, plan.unitId, planVersion, tx.now, auth.user.id, auth.user.name, late, reason, adjustmentId, JSON.stringify(lines), JSON.stringify(exemptions)],
  );
}

const lineChanges = {
  upserts: z.array(planLineSchema.omit({ planId: true }).extend({ id: z.int().positive().optional() })).max(200),
  removals: z.array(z.int().positive()).max(200),
};
const proposal = z.strictObject({
  reason: z.string().trim().min(2).max(1000),
  upserts: lineChanges.upserts.default([]),
  removals: lineChanges.removals.default([]),
});
const decision = z.strictObject({
  reason: z.string().trim().max(1000).optional(),
  upserts: lineChanges.upserts.optional(),
  removals: lineChanges.removals.optional(),
});

function parseChanges(body: unknown) {
  const parsed = proposal.safeParse(body);
  if (!parsed.success) throw zodToHttp(parsed.error);
  if (!parsed.data.upserts.length && !parsed.data.removals.length) throw badRequest('请至少调整一行', { upserts: '不能为空' });
  return parsed.data;
}

/**
 * Plan actions (§8):
 *   GET  /plans/:id/coverage               §8.3 items not covered (and exemptions)
 *   POST /plans/:id/publish                §8.1 lead office; refused (409) while any item is uncovered
 *   GET  /plans/:id/diff?from=&to=         §8.2 line-by-line difference of two versions (0 = the current lines)
 *   POST /plans/:id/adjustments            §8.2 an implementing office proposes changed lines + a reason
 *                                          (by the lead office itself: applied and published at once)
 *   POST /planAdjustments/:id/accept|reject  the lead office decides (and may amend the lines before accepting);
 *                                          accepting re-publishes as a new version
 *   POST /planAdjustments/:id/withdraw     the proposer takes back a pending proposal
 */
export function planActionsRouter(store: Store, compiled: Map<string, CompiledResource>): Router {
  const router = Router();
  const planLines = compiled.get('planLines')!;
  const adjustments = compiled.get('planAdjustments')!;

  router.get('/plans/:id/coverage', requireAuth, async (req: AuthedRequest, res) => {
    const plan = await readable(store.db, req.auth!, 'plans', 'Plan', idOf(req.params.id));
    res.json(await coverage(store.db, plan));
  });

  router.post('/plans/:id/publish', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const result = await store.transact(auth.actor, async (tx) => {
      const plan = await readable(tx.q, auth, 'plans', 'Plan', idOf(req.params.id), true);
      ForbiddenError.from(auth.ability).throwUnlessCan('publish', asSubject('Plan', { ...plan }));
      if (plan.status !== 'draft') throw conflict('计划已发布', 'plan_published');
      const { uncovered } = await coverage(tx.q, plan);
      if (uncovered.length) {
        throw new HttpError(409, `以下事项未纳入计划，也未说明豁免理由（§8.3）：${uncovered.map((i) => i.name).join('；')}`, 'uncovered_items', undefined, {
          uncovered,
        });
      }
      const late = isPublishedLate(plan.year as number, new Date(tx.now));
      const updated = await tx.update(compiled.get('plans')!.spec, plan.id, { status: 'published', planVersion: 1, publishedAt: tx.now, late });
      await recordVersion(tx, plan, 1, auth, late, null, null);
      return updated;
    });
    res.json(result);
  });

  router.get('/plans/:id/diff', requireAuth, async (req: AuthedRequest, res) => {
    const plan = await readable(store.db, req.auth!, 'plans', 'Plan', idOf(req.params.id));
    const version = async (raw: unknown): Promise<PlanLineLike[]> => {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) throw badRequest('from/to 应为版本号（0 表示当前）', { from: '应为整数' });
      if (n === 0) return store.db.query('SELECT * FROM plan_lines WHERE "planId" = $1 ORDER BY id', [plan.id]);
      const [v] = await store.db.query<{ lines: PlanLineLike[] }>('SELECT lines FROM plan_versions WHERE "planId" = $1 AND "planVersion" = $2', [plan.id, n]);
      if (!v) throw notFound(`版本 ${n} 不存在`);
      return v.lines;
    };
    const diff = diffPlanLines(await version(req.query.from), await version(req.query.to));
    // Each entry names its item, as the versions recorded it (older versions: from the item list, whoever may read it).
    const lineOf = (d: (typeof diff)[number]) => ('after' in d && d.after ? d.after : (d as { before: PlanLineLike }).before);
    const unnamed = [...new Set(diff.filter((d) => !lineOf(d).itemName).map((d) => lineOf(d).itemId))];
    const names = new Map(
      (unnamed.length ? await store.db.query<{ id: number; name: string }>('SELECT id, name FROM items WHERE id = ANY($1)', [unnamed]) : []).map((i) => [
        i.id,
        i.name,
      ]),
    );
    res.json(diff.map((d) => ({ ...d, itemName: lineOf(d).itemName ?? names.get(lineOf(d).itemId as number) ?? null })));
  });

  /** The lead office (it decides adjustments of its unit, §8.2) touches every line; an implementing office its own line only. */
  const lineGuard = (auth: AuthContext, plan: Row) => {
    const lead = auth.ability.can('decide', asSubject('PlanAdjustment', { unitId: plan.unitId }));
    return (lineId: unknown) => lead || auth.ability.can('create', asSubject('PlanAdjustment', { unitId: plan.unitId, lineId }));
  };

  /** Applies an adjustment's lines and publishes the result as the plan's next version. */
  async function publishAdjustment(tx: Tx, plan: Row, adj: Row, auth: AuthContext) {
    if (adj.basedOnVersion !== plan.planVersion) throw conflict('计划在此调整提出后已有新版本，请重新提出调整', 'stale_adjustment');
    await applyAdjustment(tx, plan, adj, planLines);
    const next = (plan.planVersion as number) + 1;
    await tx.update(compiled.get('plans')!.spec, plan.id, { planVersion: next });
    await recordVersion(tx, plan, next, auth, plan.late as boolean, adj.reason as string, adj.id);
    return next;
  }

  router.post('/plans/:id/adjustments', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const { reason, upserts, removals } = parseChanges(req.body);
    const created = await store.transact(
      auth.actor,
      async (tx) => {
        const plan = await readable(tx.q, auth, 'plans', 'Plan', idOf(req.params.id), true);
        const byLeadOffice = auth.ability.can('decide', asSubject('PlanAdjustment', { unitId: plan.unitId }));
        const record = {
          planId: plan.id,
          unitId: plan.unitId,
          lineId: byLeadOffice ? null : auth.user.lineId,
          proposedBy: auth.user.id,
          proposedByName: auth.user.name,
          basedOnVersion: plan.planVersion,
          reason,
          upserts,
          removals,
          status: 'pending',
          byLeadOffice,
        };
        if (!byLeadOffice) ForbiddenError.from(auth.ability).throwUnlessCan('create', asSubject('PlanAdjustment', record));
        if (plan.status !== 'published') throw conflict('草稿计划可直接编辑，无需调整', 'plan_draft');
        record.upserts = await validateProposal(tx.q, plan, upserts, removals, lineGuard(auth, plan));
        if (!byLeadOffice) return tx.insert(adjustments.spec, record);
        // §8.2: the lead office adjusts the plan itself (e.g. after a superior's new plan): applied and published at once.
        const adj = await tx.insert(adjustments.spec, record);
        const next = await publishAdjustment(tx, plan, adj, auth);
        return tx.update(adjustments.spec, adj.id, {
          status: 'accepted',
          decidedBy: auth.user.id,
          decidedByName: auth.user.name,
          decidedAt: tx.now,
          resultingVersion: next,
        });
      },
      reason,
    );
    res.status(201).json(created);
  });

  for (const verdict of ['accept', 'reject'] as const) {
    router.post(`/planAdjustments/:id/${verdict}`, requireAuth, async (req: AuthedRequest, res) => {
      const auth = req.auth!;
      const parsed = decision.safeParse(req.body ?? {});
      if (!parsed.success) throw zodToHttp(parsed.error);
      const reason = parsed.data.reason ?? null;
      const amendment = parsed.data.upserts || parsed.data.removals ? { upserts: parsed.data.upserts ?? [], removals: parsed.data.removals ?? [] } : null;
      if (verdict === 'reject' && (!reason || reason.length < 2)) throw badRequest('退回须说明理由', { reason: '请填写理由' });
      if (verdict === 'reject' && amendment) throw badRequest('退回时不能修改调整内容', { upserts: '退回时不能修改' });
      if (amendment && !amendment.upserts.length && !amendment.removals.length) throw badRequest('修改后的调整不能为空', { upserts: '不能为空' });
      if (amendment && (!reason || reason.length < 2)) throw badRequest('修改后采纳须说明修改理由', { reason: '请填写理由' });
      const result = await store.transact(
        auth.actor,
        async (tx) => {
          // Locked before its status is read: an accept and a reject arriving together decide once.
          const adj = await readable(tx.q, auth, 'plan_adjustments', 'PlanAdjustment', idOf(req.params.id), true);
          ForbiddenError.from(auth.ability).throwUnlessCan('decide', asSubject('PlanAdjustment', { ...adj }));
          if (adj.proposedBy === auth.user.id) throw new HttpError(403, '不能审核自己提出的调整', 'own_request');
          if (adj.status !== 'pending') throw conflict('该调整已处理', 'already_decided');
          const [plan] = await tx.query<Row>('SELECT * FROM plans WHERE id = $1 FOR UPDATE', [adj.planId]);
          const decided = {
            status: verdict === 'accept' ? 'accepted' : 'rejected',
            decidedBy: auth.user.id,
            decidedByName: auth.user.name,
            decidedAt: tx.now,
            decisionReason: reason,
          };
          if (verdict === 'reject') return tx.update(adjustments.spec, adj.id, decided);
          let applied = adj;
          if (amendment) {
            // The lead office amends the proposal before accepting it; what the line proposed is kept beside it.
            const amended = {
              upserts: await validateProposal(tx.q, plan, amendment.upserts, amendment.removals, lineGuard(auth, plan)),
              removals: amendment.removals,
            };
            await tx.update(adjustments.spec, adj.id, { ...amended, proposed: { upserts: adj.upserts, removals: adj.removals } });
            // The version says why it reads as it does: the line's reason and the lead office's amendment.
            applied = { ...adj, ...amended, reason: `${adj.reason as string}（牵头机构修改后采纳：${reason}）` };
          }
          const next = await publishAdjustment(tx, plan, applied, auth);
          return tx.update(adjustments.spec, adj.id, { ...decided, resultingVersion: next });
        },
        reason,
      );
      res.json(result);
    });
  }

  // The proposer takes back a proposal the lead office has not decided yet.
  router.post('/planAdjustments/:id/withdraw', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const result = await store.transact(auth.actor, async (tx) => {
      const adj = await readable(tx.q, auth, 'plan_adjustments', 'PlanAdjustment', idOf(req.params.id), true);
      if (adj.proposedBy !== auth.user.id) throw new HttpError(403, '只能撤回自己提出的调整', 'not_own_request');
      if (adj.status !== 'pending') throw conflict('该调整已处理，不能撤回', 'already_decided');
      return tx.update(adjustments.spec, adj.id, { status: 'withdrawn', decidedAt: tx.now });
    });
    res.json(result);
  });
  return router;
}

/**
 * An implementing office may only touch its own line's plan lines; every changed line must be valid. Returns the
 * changed lines with their item's name, so a proposal reads the same to whoever may read the plan.
 */
async function validateProposal(
  q: Queryable,
  plan: Row,
  upserts: (Omit<PlanLineInput, 'planId'> & { id?: number })[],
  removals: number[],
  mayTouch: (lineId: unknown) => boolean,
) {
  const existing = new Map((await q.query<Row>('SELECT * FROM plan_lines WHERE "planId" = $1', [plan.id])).map((l) => [l.id, l]));
  const named: ((typeof upserts)[number] & { itemName: unknown })[] = [];
  for (const [i, u] of upserts.entries()) {
    if (u.id !== undefined && !existing.has(u.id)) throw badRequest(`第 ${i + 1} 行不属于此计划`, { [`upserts.${i}.id`]: '不属于此计划' });
    const { id: _lineId, ...fields } = u;
    const line = await checkPlanLine(q, { ...fields, planId: plan.id }, plan).catch((err: HttpError) => {
      throw new HttpError(
        400,
        `第 ${i + 1} 行：${err.message}`,
        'invalid',
        Object.fromEntries(Object.entries(err.errors ?? {}).map(([k, v]) => [`upserts.${i}.${k}`, v])),
      );
    });
    const before = u.id !== undefined ? existing.get(u.id) : undefined;
    for (const target of [line, before].filter(Boolean)) {
      if (!mayTouch((target as Row).lineId)) {
        throw new HttpError(403, `第 ${i + 1} 行属于其他业务条线，只能调整本条线的计划`, 'other_line');
      }
    }
    named.push({ ...u, itemName: line.itemName });
  }
  for (const r of removals) {
    const line = existing.get(r);
    if (!line) throw badRequest(`计划行 ${r} 不属于此计划`, { removals: '不属于此计划' });
    if (!mayTouch(line.lineId)) throw new HttpError(403, '只能调整本条线的计划', 'other_line');
  }
  return named;
}

async function applyAdjustment(tx: Tx, plan: Row, adj: Row, planLines: CompiledResource) {
  for (const u of adj.upserts as (Omit<PlanLineInput, 'planId'> & { id?: number })[]) {
    const { id: lineId, ...fields } = u;
    const line = await checkPlanLine(tx.q, { ...fields, planId: plan.id }, plan);
    if (lineId) await tx.update(planLines.spec, lineId, line);
    else await tx.insert(planLines.spec, line);
  }
  for (const r of adj.removals as number[]) await tx.remove(planLines.spec, r);
}

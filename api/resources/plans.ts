import { z } from 'zod';
import { defineResource } from './types.js';
import { badRequest, conflict, invalidField } from '../rest/errors.js';
import type { Queryable } from '../store/db.js';
import type { Row } from '../store/store.js';
import type { PlanLineLike } from '../domain/plans.js';
import { INSPECTION_METHODS } from './items.js';

export const FREQUENCIES = ['once', 'half_yearly', 'quarterly', 'monthly', 'as_needed'] as const;

/** 年度抽查计划 (§8): one per unit and year; read-only once published — changed only through adjustments (§8.2). */
export const plans = defineResource({
  name: 'plans',
  subject: 'Plan',
  schema: z.object({
    unitId: z.int().positive(),
    year: z.int().min(2000).max(2100),
    title: z.string().trim().min(2).max(200),
    upperPlanId: z.int().positive().nullable().optional(),
    upperRef: z.string().trim().max(200).nullable().optional(),
  }),
  computed: z.object({ status: z.enum(['draft', 'published']), planVersion: z.int(), publishedAt: z.iso.datetime().nullable(), late: z.boolean() }),
  search: ['title'],
  defaultSort: ['year', 'DESC'],
  async prepare(input, { tx, existing }) {
    if (existing && existing.status !== 'draft') throw conflict('已发布的计划只能通过调整修改', 'plan_published');
    if (existing && (existing.unitId !== input.unitId || existing.year !== input.year)) throw badRequest('不能更改计划的单位或年度', { year: '不能更改' });
    if (input.upperPlanId) {
      const [upper] = await tx.query<{ year: number; level: string }>('SELECT p.year, u.level FROM plans p JOIN units u ON u.id = p."unitId" WHERE p.id = $1', [
        input.upperPlanId,
      ]);
      if (!upper || upper.level !== 'city' || upper.year !== input.year) throw invalidField('upperPlanId', '上级计划应为同年度的市级计划');
    }
    return { ...input, upperPlanId: input.upperPlanId ?? null, upperRef: input.upperRef ?? null };
  },
  async beforeDelete(existing) {
    if (existing.status !== 'draft') throw conflict('已发布的计划不能删除', 'plan_published');
  },
});

export const planLineSchema = z.object({
  planId: z.int().positive(),
  itemId: z.int().positive(),
  departmentId: z.int().positive(),
  ratioBp: z.int().min(1).max(10_000).nullable().optional(),
  count: z.int().positive().nullable().optional(),
  frequency: z.enum(FREQUENCIES),
  windowStart: z.iso.date(),
  windowEnd: z.iso.date(),
  method: z.enum(INSPECTION_METHODS),
  joint: z.boolean().default(false),
  note: z.string().trim().max(500).nullable().optional(),
});
export type PlanLineInput = z.infer<typeof planLineSchema>;
/** A plan line's content (an adjustment names the plan; its upserts add `id` for a line they change). */
export type PlanLineFields = Omit<PlanLineInput, 'planId'>;

export async function loadPlan(q: Queryable, id: number): Promise<Row> {
  const [plan] = await q.query<Row>('SELECT * FROM plans WHERE id = $1', [id]);
  if (!plan) throw invalidField('planId', '引用的计划不存在');
  return plan;
}

/**
 * A plan line's rules (§5.1, §7.1.4, §8): an active item of the plan's unit, an implementing office of that unit,
 * a ratio or a count (not both), a time window inside the plan's year. Returns the line to store.
 */
export async function checkPlanLine(q: Queryable, input: PlanLineInput, plan: Row): Promise<Record<string, unknown>> {
  const errors: Record<string, string> = {};
  const [item] = await q.query<{ unitId: number; lineId: number; status: string; name: string }>(
    'SELECT "unitId", "lineId", status, name FROM items WHERE id = $1',
    [input.itemId],
  );
  if (!item || item.unitId !== plan.unitId) errors.itemId = '不是本单位抽查事项清单中的事项';
  else if (item.status !== 'active') errors.itemId = '只能使用在用的抽查事项（§7.1.4）';
  const [dept] = await q.query<{ unitId: number; lead: boolean }>('SELECT "unitId", lead FROM departments WHERE id = $1', [input.departmentId]);
  if (!dept || dept.unitId !== plan.unitId || dept.lead) errors.departmentId = '应为本单位的实施机构';
  const hasRatio = input.ratioBp != null;
  if (hasRatio === (input.count != null)) errors[hasRatio ? 'count' : 'ratioBp'] = '抽查比例与抽查数量须填写且只填写一项';
  const year = String(plan.year);
  if (!input.windowStart.startsWith(year)) errors.windowStart = `应在 ${year} 年内`;
  if (!input.windowEnd.startsWith(year)) errors.windowEnd = `应在 ${year} 年内`;
  else if (input.windowEnd < input.windowStart) errors.windowEnd = '不能早于开始日期';
  if (Object.keys(errors).length) throw badRequest(`数据校验失败：${Object.keys(errors).join('、')}`, errors);
  // The item's name travels with the line (and so with every published version): whoever reads the plan reads it.
  return {
    ...input,
    ratioBp: input.ratioBp ?? null,
    count: input.count ?? null,
    note: input.note ?? null,
    unitId: plan.unitId,
    lineId: item!.lineId,
    itemName: item!.name,
  };
}

const requireDraft = async (q: Queryable, planId: number) => {
  const plan = await loadPlan(q, planId);
  if (plan.status !== 'draft') throw conflict('已发布的计划只能通过调整修改（§8.2）', 'plan_published');
  return plan;
};

/** The lines of a plan: item, implementing office, ratio (basis points) or count, frequency, window, method. */
export const planLines = defineResource({
  name: 'planLines',
  table: 'plan_lines',
  subject: 'PlanLine',
  schema: planLineSchema,
  computed: z.object({ unitId: z.int(), lineId: z.int(), itemName: z.string().nullable() }),
  defaultSort: ['id', 'ASC'],
  async prepare(input, { tx, existing }) {
    if (existing && existing.planId !== input.planId) throw badRequest('不能把计划行移到另一个计划', { planId: '不能更改' });
    return checkPlanLine(tx, input as PlanLineInput, await requireDraft(tx, input.planId as number));
  },
  async beforeDelete(existing, { tx }) {
    await requireDraft(tx, existing.planId as number);
  },
});

/** §8.3 exemptions: an item the plan does not cover, with the lead office's reason. */
export const planExemptions = defineResource({
  name: 'planExemptions',
  table: 'plan_exemptions',
  subject: 'PlanExemption',
  schema: z.object({ planId: z.int().positive(), itemId: z.int().positive(), reason: z.string().trim().min(2).max(500) }),
  computed: z.object({ unitId: z.int() }),
  async prepare(input, { tx }) {
    const plan = await requireDraft(tx, input.planId as number);
    const [item] = await tx.query<{ unitId: number }>('SELECT "unitId" FROM items WHERE id = $1', [input.itemId]);
    if (!item || item.unitId !== plan.unitId) throw invalidField('itemId', '不是本单位抽查事项清单中的事项');
    return { ...input, unitId: plan.unitId };
  },
  async beforeDelete(existing, { tx }) {
    await requireDraft(tx, existing.planId as number);
  },
});

/** Each published version of a plan, with its lines and exemptions as published. */
export const planVersions = defineResource({
  name: 'planVersions',
  table: 'plan_versions',
  subject: 'PlanVersion',
  readOnly: true,
  bookkeeping: false,
  schema: z.object({
    planId: z.int(),
    unitId: z.int(),
    planVersion: z.int(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.int().nullable(),
    publishedByName: z.string().nullable(),
    late: z.boolean(),
    reason: z.string().nullable(),
    adjustmentId: z.int().nullable(),
    // The plan's lines and exemptions as published (stored rows, jsonb).
    lines: z.array(z.custom<PlanLineLike>()),
    exemptions: z.array(z.custom<PlanLineLike>()),
  }),
  defaultSort: ['planVersion', 'ASC'],
});

/** Proposed changes to a published plan (§8.2); written by the propose/accept/reject actions. */
export const planAdjustments = defineResource({
  name: 'planAdjustments',
  table: 'plan_adjustments',
  subject: 'PlanAdjustment',
  readOnly: true,
  schema: z.object({
    planId: z.int(),
    unitId: z.int(),
    lineId: z.int().nullable(),
    proposedBy: z.int(),
    proposedByName: z.string().nullable(),
    basedOnVersion: z.int(),
    reason: z.string(),
    // jsonb columns, written only by the adjustment actions: z.custom gives their type without a runtime check.
    upserts: z.array(z.custom<PlanLineFields & { id?: number }>()),
    removals: z.custom<number[]>(),
    status: z.enum(['pending', 'accepted', 'rejected', 'withdrawn']),
    decidedBy: z.int().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    decisionReason: z.string().nullable(),
    resultingVersion: z.int().nullable(),
    /** What the line proposed, when the lead office amended it before accepting (upserts/removals are what was applied). */
    proposed: z.object({ upserts: z.array(z.custom<PlanLineFields & { id?: number }>()), removals: z.custom<number[]>() }).nullable(),
    /** Made by the lead office itself (§8.2, e.g. after a superior's new plan): applied and published at once. */
    byLeadOffice: z.boolean(),
  }),
  defaultSort: ['id', 'DESC'],
});

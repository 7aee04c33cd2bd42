import { z } from 'zod';
import { defineResource } from './types.js';
import { badRequest, conflict } from '../rest/errors.js';
import { ENTITY_TYPES } from '../domain/uscc.js';
import { chinaDate } from '../domain/workdays.js';
import { INSPECTION_METHODS } from './items.js';
import type { Row } from '../store/store.js';
import { RESULT_STATUSES } from '../domain/results.js';

export const TASK_ORIGINS = ['dispatched', 'own', 'joint'] as const;
export const TASK_STATUSES = ['draft', 'committed', 'drawn', 'inspecting', 'completed', 'published'] as const;

/**
 * 抽查任务 (§9.1): made from a line of a published plan (active items only, §5.1 / §7.1.4); editable while draft.
 * The owning implementing office is the plan line's department.
 */
export const tasks = defineResource({
  name: 'tasks',
  subject: 'Task',
  schema: z.object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Z]{2,8}-\d{4}-\d{3,5}$/, '格式如 QD-2026-001'),
    title: z.string().trim().min(2).max(200),
    planLineId: z.int().positive(),
    origin: z.enum(TASK_ORIGINS),
    districts: z
      .array(z.string().regex(/^\d{6}$/))
      .min(1)
      .max(10),
    entityTypes: z.array(z.enum(ENTITY_TYPES)).max(8).default([]),
    scopeLineIds: z.array(z.int().positive()).max(10).default([]),
    ratioBp: z.int().min(1).max(10_000).nullable().optional(),
    count: z.int().positive().nullable().optional(),
    teamSize: z.int().min(2).max(10),
    method: z.enum(INSPECTION_METHODS),
    deadline: z.iso.date(),
    dispatch: z.boolean().default(false),
    publicSourceRequired: z.boolean().default(false),
    publicSourceNote: z.string().trim().max(200).nullable().optional(),
    excludeInspected: z.boolean().default(true),
  }),
  // itemName: the item's name as the task was made, readable by whoever reads the task (a district reading a city task).
  computed: z.object({
    unitId: z.int(),
    departmentId: z.int(),
    lineId: z.int(),
    planId: z.int(),
    itemId: z.int(),
    itemName: z.string().nullable(),
    year: z.int(),
    status: z.enum(TASK_STATUSES),
  }),
  search: ['code', 'title'],
  defaultSort: ['id', 'DESC'],
  async prepare(input, { tx, existing }) {
    if (existing && existing.status !== 'draft')
      throw conflict(existing.status === 'committed' ? '已承诺的任务不能修改；如需修改，须由负责人作废承诺' : '已抽取的任务不能修改', 'task_not_draft');
    const [line] = await tx.query<Row>(
      `SELECT l.*, p.status AS "planStatus", p.year, i.status AS "itemStatus", i."subjectTypes", i.name AS "itemName", u.level, u.code AS "unitCode"
         FROM plan_lines l JOIN plans p ON p.id = l."planId" JOIN items i ON i.id = l."itemId" JOIN units u ON u.id = l."unitId"
        WHERE l.id = $1`,
      [input.planLineId],
    );
    const errors: Record<string, string> = {};
    if (!line) errors.planLineId = '引用的计划行不存在';
    else if (line.planStatus !== 'published') errors.planLineId = '只能依据已发布的年度计划创建任务';
    else if (line.itemStatus !== 'active') errors.planLineId = '该计划行的抽查事项已停用（§7.1.4）';
    if (line) {
      const districts = input.districts as string[];
      if (line.level === 'district' && (districts.length !== 1 || districts[0] !== line.unitCode)) errors.districts = '区（市）局只能抽取本辖区的检查对象';
      const [{ n }] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM units WHERE level = 'district' AND code = ANY($1)`, [districts]);
      if (n !== new Set(districts).size) errors.districts = '含有未知的区（市）';
      if (input.dispatch && line.level !== 'city') errors.dispatch = '只有市局任务可以派发至区（市）';
      if (!String(input.deadline).startsWith(String(line.year)) || (input.deadline as string) < chinaDate(new Date(tx.now)))
        errors.deadline = `应为今天至 ${line.year} 年底之间的日期`;
    }
    const hasRatio = input.ratioBp != null;
    if (hasRatio === (input.count != null)) errors[hasRatio ? 'count' : 'ratioBp'] = '抽查比例与抽查数量须填写且只填写一项';
    if (input.publicSourceRequired && !input.publicSourceNote) errors.publicSourceNote = '请说明事先公布的公开随机源';
    if (Object.keys(errors).length) throw badRequest(`数据校验失败：${Object.keys(errors).join('、')}`, errors);
    const types = (input.entityTypes as string[]).length ? input.entityTypes : line.subjectTypes;
    const scopeLineIds = (input.scopeLineIds as number[]).length ? input.scopeLineIds : [line.lineId];
    return {
      ...input,
      entityTypes: types,
      scopeLineIds,
      ratioBp: input.ratioBp ?? null,
      count: input.count ?? null,
      publicSourceNote: input.publicSourceNote ?? null,
      unitId: line.unitId,
      departmentId: line.departmentId,
      lineId: line.lineId,
      planId: line.planId,
      itemId: line.itemId,
      itemName: line.itemName,
      year: line.year,
      status: existing?.status ?? 'draft',
    };
  },
  async beforeDelete(existing) {
    if (existing.status !== 'draft') throw conflict(existing.status === 'committed' ? '已承诺的任务不能删除' : '已抽取的任务不能删除', 'task_not_draft');
  },
});

/** 抽取记录: the stored QD-DRAW-2 records; the list shows summaries, GET /api/draws/:id the whole record. */
export const draws = defineResource({
  name: 'draws',
  subject: 'Draw',
  readOnly: true,
  bookkeeping: false,
  schema: z.object({
    taskId: z.int(),
    unitId: z.int(),
    departmentId: z.int(),
    kind: z.enum(['full', 'entities', 'team', 'province']),
    dispatchId: z.int().nullable(),
    drawnAt: z.iso.datetime(),
    drawnBy: z.int(),
    drawnByName: z.string().nullable(),
    status: z.enum(['valid', 'voided']),
    voidReason: z.string().nullable(),
    voidedAt: z.iso.datetime().nullable(),
    voidedBy: z.int().nullable(),
    published: z.boolean(),
    publishedAt: z.iso.datetime().nullable(),
    poolSize: z.int(),
    selectedCount: z.int(),
  }),
  hidden: ['record', 'poolText', 'poolCounts', 'replacements'],
  // The canonical pool text (13 MB at city scale) is read only by GET /api/draws/:id.
  unread: ['poolText'],
  defaultSort: ['id', 'DESC'],
  present(row) {
    const { algorithm, taskCode, seed, nonce, publicSource, poolHash, quotas } = row.record as {
      algorithm: string;
      taskCode: string;
      seed: string;
      nonce: string;
      publicSource: string;
      poolHash: string;
      quotas: Record<string, number>;
    };
    return { ...row, algorithm, taskCode, seed, nonce, publicSource, poolHash, quotas, replacementCount: (row.replacements as unknown[]).length };
  },
});

/** §9.1.1 a city task's share sent to a district bureau, until it acknowledges receipt (查收) and matches its inspectors. */
export const dispatches = defineResource({
  name: 'dispatches',
  subject: 'Dispatch',
  readOnly: true,
  schema: z.object({
    taskId: z.int(),
    drawId: z.int(),
    unitId: z.int(),
    fromUnitId: z.int(),
    district: z.string(),
    entityCount: z.int(),
    status: z.enum(['sent', 'received', 'matched', 'voided']),
    receivedAt: z.iso.datetime().nullable(),
    receivedBy: z.int().nullable(),
    teamDrawId: z.int().nullable(),
  }),
  defaultSort: ['id', 'DESC'],
});

/** Entity ↔ team, one row per selected entity of a valid draw. */
export const assignments = defineResource({
  name: 'assignments',
  subject: 'Assignment',
  readOnly: true,
  schema: z.object({
    taskId: z.int(),
    drawId: z.int(),
    unitId: z.int(),
    departmentId: z.int(),
    entityId: z.int(),
    uscc: z.string(),
    stratum: z.string(),
    dispatchId: z.int().nullable(),
    inspectorIds: z.array(z.int()),
    inspectorUserIds: z.array(z.int()),
    active: z.boolean(),
    /** The state of its result (§9.3): pending until the team saves a draft, then draft → confirmed → published. */
    resultStatus: z.enum(RESULT_STATUSES),
  }),
  search: ['uscc'],
  defaultSort: ['id', 'ASC'],
});

/**
 * §9.2.2 requests to replace an inspector (回避 or 岗位调整 / 工作冲突 / 身体健康 / other), decided by the office's head.
 * scope "assignment" names one team; "task" / "office" replace a transferred inspector on every open team of a task or
 * of the office, each replacement then a row of its own under the request (parentId).
 */
export const replacements = defineResource({
  name: 'replacements',
  subject: 'Replacement',
  readOnly: true,
  schema: z.object({
    scope: z.enum(['assignment', 'task', 'office']),
    parentId: z.int().nullable(),
    taskId: z.int().nullable(),
    assignmentId: z.int().nullable(),
    unitId: z.int(),
    departmentId: z.int(),
    entityId: z.int().nullable(),
    inspectorId: z.int(),
    kind: z.enum(['recusal', 'post_change', 'work_conflict', 'health', 'other']),
    reason: z.string(),
    requestedBy: z.int(),
    requestedByName: z.string().nullable(),
    status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']),
    decidedBy: z.int().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    decisionReason: z.string().nullable(),
    n: z.int().nullable(),
    // DRAW-SPEC §6: the eligible inspectors with their loads at the decision (jsonb, written by the approval).
    candidates: z.array(z.custom<{ id: string; load: number }>()).nullable(),
    replacementInspectorId: z.int().nullable(),
    drawId: z.int().nullable(),
    replacedCount: z.int().nullable(),
  }),
  defaultSort: ['id', 'DESC'],
});

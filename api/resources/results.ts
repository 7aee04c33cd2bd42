import { z } from 'zod';
import { defineResource } from './types.js';
import { badRequest, conflict, invalidField } from '../rest/errors.js';
import { chinaDate } from '../domain/workdays.js';
import {
  draftProblems,
  ENTITY_SIGNOFFS,
  EVIDENCE_COLLECTION,
  EVIDENCE_KINDS,
  isLateEntry,
  MEASURE_FORMS,
  NOTICE_MODES,
  REFERRAL_KINDS,
  RESULT_CATEGORIES,
  RESULT_MEASURES,
  RESULT_METHODS,
  RESULT_STATUSES,
  type Team,
} from '../domain/results.js';
import type { Row, Tx } from '../store/store.js';
import { frag } from '../store/sql.js';
import { syncResultStatus } from './resultStatus.js';

const text = (max: number) => z.string().trim().max(max).nullable().optional();
const day = z.iso.date().nullable().optional();

/** The team of an assignment with each member's certificate number, as the rules of §9.3.2.3 read it. */
export async function teamOf(tx: Tx, inspectorIds: number[]): Promise<Team> {
  const rows = await tx.query<{ id: number; certificateNo: string | null }>('SELECT id, "certificateNo" FROM inspectors WHERE id = ANY($1)', [inspectorIds]);
  return { inspectorIds, certificates: Object.fromEntries(rows.map((r) => [r.id, r.certificateNo])) };
}

/**
 * 检查结果 (§9.3): one per assignment, entered by its team while a draft; confirmed by the responsible inspector or the
 * office's head (POST /api/results/:id/confirm), reopened by the head only, published by the head (actions/results.ts).
 * A draft may be incomplete; what confirmation needs is `confirmProblems` (domain/results.ts).
 */
export const results = defineResource({
  name: 'results',
  subject: 'Result',
  schema: z.object({
    assignmentId: z.int().positive(),
    methods: z.array(z.enum(RESULT_METHODS)).max(5).default([]),
    precheckNotes: text(2000),
    noticeMode: z.enum(NOTICE_MODES).nullable().optional(),
    noticeDate: day,
    noticeNotAdvisableReason: text(500),
    onsiteDate: day,
    onsitePlace: text(200),
    present: z
      .array(z.strictObject({ inspectorId: z.int().positive(), certificateNo: z.string().trim().max(30), certificateShown: z.boolean() }))
      .max(10)
      .default([]),
    recordFormFilled: z.boolean().default(false),
    entitySignoff: z.enum(ENTITY_SIGNOFFS).nullable().optional(),
    refusalSignedBy: z.array(z.int().positive()).max(10).default([]),
    category: z.enum(RESULT_CATEGORIES).nullable().optional(),
    categoryOther: text(200),
    problems: text(4000),
    measures: z.array(z.enum(RESULT_MEASURES)).max(4).default([]),
    measureForms: z.array(z.enum(MEASURE_FORMS)).max(3).default([]),
    suspectedCrime: z.boolean().default(false),
    responsibleInspectorId: z.int().positive().nullable().optional(),
  }),
  computed: z.object({
    taskId: z.int(),
    unitId: z.int(),
    departmentId: z.int(),
    entityId: z.int(),
    entityName: z.string(),
    uscc: z.string(),
    taskCode: z.string(),
    itemName: z.string().nullable(),
    deadline: z.iso.date(),
    inspectorIds: z.array(z.int()),
    inspectorUserIds: z.array(z.int()),
    responsibleUserId: z.int().nullable(),
    status: z.enum(RESULT_STATUSES),
    enteredOn: z.iso.date(),
    late: z.boolean(),
    lateExplanation: z.string().nullable(),
    lateExplainedBy: z.int().nullable(),
    evidenceCount: z.int(),
    confirmedAt: z.iso.datetime().nullable(),
    confirmedBy: z.int().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    nonCooperationPublished: z.boolean(),
    history: z.array(z.object({ at: z.string(), by: z.int().nullable(), byName: z.string(), action: z.string(), reason: z.string().nullable() })),
  }),
  search: ['entityName', 'uscc', 'taskCode'],
  defaultSort: ['id', 'DESC'],
  // §13.2c: whether a police referral is recorded for the result (the dashboard's suspected crimes not yet referred).
  customFilters: {
    policeReferral: (value) => {
      if (![true, false, 'true', 'false'].includes(value as never)) throw invalidField('policeReferral', '应为 true 或 false');
      return frag(
        `${value === true || value === 'true' ? '' : 'NOT '}EXISTS (SELECT 1 FROM referrals f WHERE f."resultId" = results.id AND f.kind = 'police')`,
      );
    },
  },
  async prepare(input, { tx, existing }) {
    if (existing && existing.status !== 'draft') throw conflict('检查结果已确认，不能修改；如需更正请由部门负责人退回', 'result_locked');
    if (existing && input.assignmentId !== existing.assignmentId) throw badRequest('不能改变检查结果所属的检查对象', { assignmentId: '不能修改' });
    const [a] = await tx.query<Row>(
      `SELECT a.*, t.code AS "taskCode", t."itemName", t.deadline, t.status AS "taskStatus", e.name AS "entityName"
         FROM assignments a JOIN tasks t ON t.id = a."taskId" JOIN entities e ON e.id = a."entityId" WHERE a.id = $1 FOR NO KEY UPDATE OF a`,
      [input.assignmentId],
    );
    if (!a) throw badRequest('检查对象分配不存在', { assignmentId: '引用的记录不存在' });
    if (!existing && (!a.active || !['drawn', 'inspecting'].includes(a.taskStatus as string)))
      throw conflict('该检查对象分配已作废或任务不在检查阶段', 'not_inspecting');
    const inspectorIds = a.inspectorIds as number[];
    const problems = draftProblems(input as never, await teamOf(tx, inspectorIds));
    if (Object.keys(problems).length) throw badRequest(`数据校验失败：${Object.keys(problems).join('、')}`, problems);
    const today = chinaDate(new Date(tx.now));
    const responsible = input.responsibleInspectorId as number | null | undefined;
    const [resp] = responsible ? await tx.query<{ userId: number | null }>('SELECT "userId" FROM inspectors WHERE id = $1', [responsible]) : [];
    return {
      ...input,
      taskId: a.taskId,
      unitId: a.unitId,
      departmentId: a.departmentId,
      entityId: a.entityId,
      entityName: a.entityName,
      uscc: a.uscc,
      taskCode: a.taskCode,
      itemName: a.itemName,
      deadline: a.deadline,
      inspectorIds,
      inspectorUserIds: a.inspectorUserIds,
      responsibleInspectorId: responsible ?? null,
      responsibleUserId: resp?.userId ?? null,
      status: 'draft',
      enteredOn: existing?.enteredOn ?? today,
      // §13.2d: entering (or changing) a result after the task's deadline is late and stays so.
      late: Boolean(existing?.late) || isLateEntry(today, a.deadline as string),
    };
  },
  async afterWrite(before, after, { tx }) {
    if (!before && after) await syncResultStatus(tx, after);
  },
});

/** 检查证据 (§11): listed and read here; uploaded (multipart, files in the database) and removed by actions/evidence.ts. */
export const evidence = defineResource({
  name: 'evidence',
  subject: 'Evidence',
  readOnly: true,
  schema: z.object({
    resultId: z.int(),
    taskId: z.int(),
    unitId: z.int(),
    departmentId: z.int(),
    inspectorUserIds: z.array(z.int()),
    kind: z.enum(EVIDENCE_KINDS),
    collection: z.enum(EVIDENCE_COLLECTION),
    description: z.string(),
    copyVerified: z.boolean(),
    sealedByEntity: z.boolean(),
    thirdPartyConfirmed: z.boolean(),
    files: z.array(z.object({ n: z.int(), name: z.string(), mime: z.string(), size: z.int(), sha256: z.string() })),
  }),
  defaultSort: ['id', 'ASC'],
});

/**
 * 线索移交 (§10.2): internal as a case source (§10.2.1), to another authority (§10.2.2), to the police (§13.2c);
 * receipt recorded by a later update.
 */
export const referrals = defineResource({
  name: 'referrals',
  subject: 'Referral',
  schema: z.object({
    resultId: z.int().positive(),
    kind: z.enum(REFERRAL_KINDS),
    recipient: z.string().trim().min(2).max(200),
    referredOn: z.iso.date(),
    contents: z.string().trim().min(2).max(4000),
    evidenceIds: z.array(z.int().positive()).max(50).default([]),
    receivedOn: day,
    receiptNote: text(500),
  }),
  computed: z.object({
    taskId: z.int(),
    unitId: z.int(),
    departmentId: z.int(),
    inspectorUserIds: z.array(z.int()),
    entityName: z.string(),
  }),
  search: ['entityName', 'recipient'],
  defaultSort: ['id', 'DESC'],
  async prepare(input, { tx, existing }) {
    if (existing && input.resultId !== existing.resultId) throw badRequest('不能改变移交所属的检查结果', { resultId: '不能修改' });
    const [r] = await tx.query<Row>('SELECT * FROM results WHERE id = $1', [input.resultId]);
    if (!r) throw badRequest('检查结果不存在', { resultId: '引用的记录不存在' });
    const ids = input.evidenceIds as number[];
    const errors: Record<string, string> = {};
    if (ids.length) {
      const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM evidence WHERE id = ANY($1) AND "resultId" = $2', [ids, r.id]);
      if (n !== new Set(ids).size) errors.evidenceIds = '只能附上本检查结果的证据';
    }
    const today = chinaDate(new Date(tx.now));
    if ((input.referredOn as string) > today) errors.referredOn = '移交日期不能晚于今天';
    if (input.receivedOn && (input.receivedOn as string) < (input.referredOn as string)) errors.receivedOn = '签收日期不能早于移交日期';
    if (input.receivedOn && (input.receivedOn as string) > today) errors.receivedOn = '签收日期不能晚于今天';
    if (Object.keys(errors).length) throw badRequest(`数据校验失败：${Object.keys(errors).join('、')}`, errors);
    return {
      ...input,
      receivedOn: input.receivedOn ?? null,
      receiptNote: input.receiptNote ?? null,
      taskId: r.taskId,
      unitId: r.unitId,
      departmentId: r.departmentId,
      inspectorUserIds: r.inspectorUserIds,
      entityName: r.entityName,
    };
  },
});

/**
 * What the public sees of a result (§5.3: entity name and code, item, task code, category, date, authority — no
 * inspector, no third party): the columns (over `results r JOIN units u`) and the row as sent. GET /api/public/results
 * and the outbox's messages to outside systems both use these.
 */
export const PUBLIC_RESULT_COLUMNS = `r.id, r."entityName", r.uscc, r."itemName", r."taskCode", r.category, r."nonCooperationPublished",
              r."publishedAt", u.name AS authority`;
export const publicResultRow = ({ publishedAt, ...row }: Row) => ({ ...row, publishedOn: publishedAt ? chinaDate(new Date(publishedAt as string)) : null });

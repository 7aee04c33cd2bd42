import { z } from 'zod';
import { defineResource } from './types.js';
import { badRequest, conflict } from '../rest/errors.js';
import { chinaDate } from '../domain/workdays.js';
import {
  ARCHIVE_STATUSES,
  CHANGE_KINDS,
  CHANGE_STATES,
  CORRECTABLE_FIELDS,
  DOCUMENT_KINDS,
  LOAN_STATES,
  RETENTION_PERIODS,
  RETURN_CONDITIONS,
  type ArchiveDocument,
  type ChangeLogEntry,
} from '../domain/archives.js';
import type { Row } from '../store/store.js';

export const documentSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  kind: z.enum(DOCUMENT_KINDS),
  pages: z.int().min(1).max(10_000),
  evidenceIds: z.array(z.int().positive()).max(100).optional(),
});

/** §12.3: archived material is never edited directly; it changes only by an approved request (archiveChanges). */
const ARCHIVED = () => conflict('档案材料一经归档，未经批准不得擅自抽取、涂改、增删（§12.3）：请提交档案变更申请', 'archived_record');

/**
 * 档案 (§12.1–12.2): kept by line (条线管理), in the unit of its line office. Its documents (卷内文书) and change log are
 * contents: never in the generic answers, served by GET /api/archives/:id/contents to the line office, the unit's
 * archivists and a borrower during a checked-out loan (§12.4.1, §12.4.3). Created once; never updated or deleted.
 */
export const archives = defineResource({
  name: 'archives',
  subject: 'Archive',
  schema: z.object({
    departmentId: z.int().positive(),
    title: z.string().trim().min(2).max(200),
    refNo: z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}·\-–/()（）]{2,40}$/u, '档号为 2–40 个字母、数字或 - / · ( )'),
    year: z.int().min(1990).max(2100),
    taskId: z.int().positive().nullable().optional(),
    documents: z.array(documentSchema).min(1).max(200),
    custodian: z.string().trim().min(2).max(100),
    location: z.string().trim().min(2).max(200),
    retention: z.enum(RETENTION_PERIODS),
    entrusted: z.boolean().default(false),
    entrustedTo: z.string().trim().min(2).max(200).nullable().optional(),
  }),
  computed: z.object({
    unitId: z.int(),
    lineId: z.int(),
    taskCode: z.string().nullable(),
    documentCount: z.int(),
    status: z.enum(ARCHIVE_STATUSES),
    borrowerIds: z.array(z.int()),
    changeLog: z.array(z.custom<ChangeLogEntry>()),
  }),
  hidden: ['documents', 'changeLog'],
  search: ['title', 'refNo', 'taskCode'],
  defaultSort: ['id', 'DESC'],
  async prepare(input, { tx, existing }) {
    if (existing) throw ARCHIVED();
    const [dept] = await tx.query<Row>('SELECT id, "unitId", "lineId" FROM departments WHERE id = $1', [input.departmentId]);
    if (!dept) throw badRequest('部门不存在', { departmentId: '引用的记录不存在' });
    if (dept.lineId == null) throw badRequest('档案按业务条线管理，请选择实施机构（§12.1）', { departmentId: '不是业务条线' });
    const errors: Record<string, string> = {};
    if (input.entrusted && !input.entrustedTo) errors.entrustedTo = '委托第三方管理时请填写受托方（§12.2）';
    if (!input.entrusted && input.entrustedTo) errors.entrustedTo = '未委托第三方管理';
    let taskCode: string | null = null;
    if (input.taskId) {
      const [task] = await tx.query<Row>('SELECT id, code, "unitId", "departmentId" FROM tasks WHERE id = $1', [input.taskId]);
      if (!task || task.unitId !== dept.unitId || task.departmentId !== dept.id) errors.taskId = '任务不属于该条线';
      else taskCode = task.code as string;
    }
    const [same] = await tx.query('SELECT 1 FROM archives WHERE "unitId" = $1 AND "refNo" = $2', [dept.unitId, input.refNo]);
    if (same) errors.refNo = '档号已存在';
    if (Object.keys(errors).length) throw badRequest(`数据校验失败：${Object.keys(errors).join('、')}`, errors);
    const documents = input.documents as ArchiveDocument[];
    return {
      ...input,
      taskId: input.taskId ?? null,
      entrustedTo: input.entrustedTo ?? null,
      unitId: dept.unitId,
      lineId: dept.lineId,
      taskCode,
      documentCount: documents.length,
      status: 'inStock',
      borrowerIds: [],
      changeLog: [],
    };
  },
  async beforeDelete() {
    throw ARCHIVED();
  },
});

/**
 * 档案变更申请 (§12.3): what (add / remove / replace a document, correct a field), the content and the reason; the
 * line office's chief approves (applied in the same transaction, logged on the archive) or rejects
 * (actions/archives.ts). Requested through POST; never edited.
 */
export const archiveChanges = defineResource({
  name: 'archiveChanges',
  table: 'archive_changes',
  subject: 'ArchiveChange',
  schema: z.object({
    archiveId: z.int().positive(),
    kind: z.enum(CHANGE_KINDS),
    documentIndex: z.int().min(0).max(199).nullable().optional(),
    document: documentSchema.nullable().optional(),
    field: z.enum(CORRECTABLE_FIELDS).nullable().optional(),
    value: z.union([z.string().max(200), z.int(), z.boolean(), z.null()]).optional(),
    content: z.string().trim().min(2).max(1000),
    reason: z.string().trim().min(2).max(500),
  }),
  computed: z.object({
    unitId: z.int(),
    departmentId: z.int(),
    archiveTitle: z.string(),
    refNo: z.string(),
    requestedBy: z.int(),
    requestedByName: z.string(),
    status: z.enum(CHANGE_STATES),
    decidedBy: z.int().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    decisionReason: z.string().nullable(),
  }),
  search: ['archiveTitle', 'refNo', 'content'],
  defaultSort: ['id', 'DESC'],
  async prepare(input, { tx, principal, existing }) {
    if (existing) throw conflict('档案变更申请提出后不能修改', 'change_locked');
    const [a] = await tx.query<Row>('SELECT * FROM archives WHERE id = $1', [input.archiveId]);
    if (!a) throw badRequest('档案不存在', { archiveId: '引用的记录不存在' });
    const errors = changeProblems(input, a);
    if (Object.keys(errors).length) throw badRequest(`数据校验失败：${Object.keys(errors).join('、')}`, errors);
    const kind = input.kind as string;
    return {
      ...input,
      documentIndex: kind === 'removeDocument' || kind === 'replaceDocument' ? input.documentIndex : null,
      document: kind === 'addDocument' || kind === 'replaceDocument' ? input.document : null,
      field: kind === 'correctField' ? input.field : null,
      value: kind === 'correctField' ? (input.value ?? null) : null,
      unitId: a.unitId,
      departmentId: a.departmentId,
      archiveTitle: a.title,
      refNo: a.refNo,
      requestedBy: principal.id,
      requestedByName: principal.name,
      status: 'pending',
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      decisionReason: null,
    };
  },
});

const FIELD_VALUE: Record<string, z.ZodType> = {
  title: archives.schema.shape.title,
  refNo: archives.schema.shape.refNo,
  year: archives.schema.shape.year,
  custodian: archives.schema.shape.custodian,
  location: archives.schema.shape.location,
  retention: archives.schema.shape.retention,
  entrusted: z.boolean(),
  entrustedTo: z.string().trim().min(2).max(200).nullable(),
};

/** A change request's fields that do not fit its kind or the archive as it stands (field → message). */
function changeProblems(input: Record<string, unknown>, a: Row): Record<string, string> {
  const errors: Record<string, string> = {};
  const count = (a.documents as unknown[]).length;
  const kind = input.kind as string;
  if (kind === 'removeDocument' || kind === 'replaceDocument') {
    const at = input.documentIndex as number | null | undefined;
    if (at == null) errors.documentIndex = '请选择卷内文书';
    else if (at >= count) errors.documentIndex = `卷内只有 ${count} 件文书`;
    else if (kind === 'removeDocument' && count === 1) errors.documentIndex = '档案至少保留一件文书';
  }
  if ((kind === 'addDocument' || kind === 'replaceDocument') && !input.document) errors.document = '请填写文书';
  if (kind === 'correctField') {
    const field = input.field as string | null | undefined;
    if (!field) errors.field = '请选择要更正的项目';
    else {
      const parsed = FIELD_VALUE[field].safeParse(input.value);
      if (!parsed.success) errors.value = parsed.error.issues[0]?.message ?? '取值无效';
      else if (JSON.stringify(parsed.data) === JSON.stringify(a[field] ?? null)) errors.value = '与现值相同';
    }
  }
  return errors;
}

/** The loan's timeline: who did what and when, with the reason or the note. */
const historyEntry = z.object({
  at: z.string(),
  by: z.int(),
  byName: z.string(),
  action: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  note: z.string().nullable(),
});
const copyEntry = z.object({ at: z.string(), by: z.int(), byName: z.string(), archiveId: z.int(), description: z.string(), pages: z.int() });

/**
 * 档案借阅 (§12.4): the archives (of one unit), the purpose, the due date and whether copies are needed; then
 * requested → chiefApproved → approved → checkedOut → returned → closed by the actions of actions/archives.ts
 * (`nextLoanState`). Requested through POST; never edited or deleted.
 */
export const loans = defineResource({
  name: 'loans',
  subject: 'Loan',
  schema: z.object({
    archiveIds: z.array(z.int().positive()).min(1).max(20),
    purpose: z.string().trim().min(2).max(500),
    dueDate: z.iso.date(),
    copiesNeeded: z.boolean().default(false),
  }),
  computed: z.object({
    unitId: z.int(),
    departmentId: z.int(),
    archiveTitles: z.array(z.string()),
    status: z.enum(LOAN_STATES),
    requestedBy: z.int(),
    requestedByName: z.string(),
    chiefApprovedBy: z.int().nullable(),
    leaderApprovedBy: z.int().nullable(),
    checkedOutAt: z.iso.datetime().nullable(),
    returnedAt: z.iso.datetime().nullable(),
    condition: z.enum(RETURN_CONDITIONS).nullable(),
    conditionNote: z.string().nullable(),
    finding: z.boolean(),
    copies: z.array(copyEntry),
    history: z.array(historyEntry),
  }),
  search: ['purpose', 'requestedByName'],
  defaultSort: ['id', 'DESC'],
  async prepare(input, { tx, principal, existing }) {
    if (existing) throw conflict('借阅申请提出后不能修改', 'loan_locked');
    if (principal.departmentId == null) throw badRequest('借阅须经本部门负责人审批，您不属于任何部门（§12.4.2）', { archiveIds: '无所属部门' });
    const ids = [...new Set(input.archiveIds as number[])];
    const found = await tx.query<Row>('SELECT id, "unitId", title, "refNo", status FROM archives WHERE id = ANY($1) ORDER BY id', [ids]);
    const errors: Record<string, string> = {};
    if (found.length !== ids.length) errors.archiveIds = '档案不存在';
    else if (found.some((a) => a.unitId !== principal.unitId)) errors.archiveIds = '只能借阅本单位的档案';
    else if (found.some((a) => a.status === 'transferred')) errors.archiveIds = '已移交的档案不能借阅';
    if ((input.dueDate as string) <= chinaDate(new Date(tx.now))) errors.dueDate = '归还日期应晚于今天';
    if (Object.keys(errors).length) throw badRequest(`数据校验失败：${Object.keys(errors).join('、')}`, errors);
    return {
      ...input,
      archiveIds: ids,
      unitId: principal.unitId,
      departmentId: principal.departmentId,
      archiveTitles: found.map((a) => `${a.refNo as string} ${a.title as string}`),
      status: 'requested',
      requestedBy: principal.id,
      requestedByName: principal.name,
      chiefApprovedBy: null,
      leaderApprovedBy: null,
      checkedOutAt: null,
      returnedAt: null,
      condition: null,
      conditionNote: null,
      finding: false,
      copies: [],
      history: [{ at: tx.now, by: principal.id, byName: principal.name, action: 'request', from: null, to: 'requested', note: input.purpose }],
    };
  },
});

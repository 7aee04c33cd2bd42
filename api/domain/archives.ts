/**
 * 档案管理 (§12): the shared lists, the loan and change state machines, and how an approved change applies to an
 * archive. Pure code: the API enforces these, the admin shows the same states and buttons.
 */
import type { Role } from '../permissions/roles.js';

/** 在库 / 借出 / 已移交. */
export const ARCHIVE_STATUSES = ['inStock', 'onLoan', 'transferred'] as const;
/** 保管期限. */
export const RETENTION_PERIODS = ['10y', '30y', 'permanent'] as const;
/** The kinds of document an archive holds (卷内文书材料). */
export const DOCUMENT_KINDS = ['drawRecord', 'result', 'evidenceList', 'notice', 'record', 'other'] as const;

/** §12.4: requested → chiefApproved → approved → checkedOut → returned → closed; rejected / cancelled on the way. */
export const LOAN_STATES = ['requested', 'chiefApproved', 'approved', 'checkedOut', 'returned', 'closed', 'rejected', 'cancelled'] as const;
export const LOAN_ACTIONS = ['approve', 'reject', 'cancel', 'checkout', 'return', 'close'] as const;
/** §12.4.4: what the archivist finds on return — intact, or 拆封 / 短缺 / 污损. */
export const RETURN_CONDITIONS = ['intact', 'unsealed', 'missing', 'soiled'] as const;

/** §12.3: what a change request does. */
export const CHANGE_KINDS = ['addDocument', 'removeDocument', 'replaceDocument', 'correctField'] as const;
export const CHANGE_STATES = ['pending', 'approved', 'rejected'] as const;
/** The fields of an archive a change request may correct (the rest are the system's: unit, line, status). */
export const CORRECTABLE_FIELDS = ['title', 'refNo', 'year', 'custodian', 'location', 'retention', 'entrusted', 'entrustedTo'] as const;

export type ArchiveStatus = (typeof ARCHIVE_STATUSES)[number];
export type LoanState = (typeof LOAN_STATES)[number];
export type LoanAction = (typeof LOAN_ACTIONS)[number];
export type ReturnCondition = (typeof RETURN_CONDITIONS)[number];
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type ChangeState = (typeof CHANGE_STATES)[number];
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** One document (卷内文书) of an archive; `evidenceIds` name the evidence records whose files it holds. */
export interface ArchiveDocument {
  title: string;
  kind: (typeof DOCUMENT_KINDS)[number];
  pages: number;
  evidenceIds?: number[];
}

/** One line of an archive's change log (§12.3: time, content, reason, handler, approver). */
export interface ChangeLogEntry {
  changeId: number;
  at: string;
  content: string;
  reason: string;
  handlerId: number;
  handlerName: string;
  approverId: number;
  approverName: string;
}

/** Who acts on a loan, as the rules need to know it. */
export interface LoanActor {
  role: Role;
  /** The actor asked for this loan. */
  requester: boolean;
  /** The actor belongs to the loan's unit. */
  sameUnit: boolean;
  /** The actor belongs to the requester's department (in the loan's unit). */
  sameDepartment: boolean;
}

/** What a loan has that the rules read besides its state. */
export interface LoanFacts {
  /** The return inspection found 拆封 / 短缺 / 污损 (a report for the chief). */
  finding: boolean;
}

export type Refusal = { ok: false; status: 403 | 409; code: string; message: string };
export type Transition<S> = { ok: true; next: S } | Refusal;

const LOAN_STATE_NAMES: Record<LoanState, string> = {
  requested: '待部门负责人审批',
  chiefApproved: '待分管领导审批',
  approved: '已批准待借出',
  checkedOut: '已借出',
  returned: '已归还待核查结案',
  closed: '已结案',
  rejected: '已驳回',
  cancelled: '已撤销',
};
export const loanStateName = (s: LoanState) => LOAN_STATE_NAMES[s];

const forbidden = (message: string, code = 'forbidden'): Refusal => ({ ok: false, status: 403, code, message });
const illegal = (state: LoanState | ChangeState, action: string, name: string): Refusal => ({
  ok: false,
  status: 409,
  code: 'illegal_state',
  message: `当前状态为「${name}」(${state})，不能${action}`,
});

const ACTION_NAMES: Record<LoanAction, string> = {
  approve: '审批同意',
  reject: '驳回',
  cancel: '撤销',
  checkout: '登记借出',
  return: '登记归还',
  close: '结案',
};

/**
 * The one rule of a loan's life (§12.4). Who may act comes first (403), then whether the state allows it (409
 * naming the current state):
 * - §12.4.2 the requester's department chief approves first, then the leader in charge of the unit; either rejects;
 *   nobody decides their own request; an archivist approves nothing.
 * - the requester cancels before check-out.
 * - §12.4.2 登记: the unit's archivist registers the check-out and the return with its inspection (§12.4.4).
 * - closing: the archivist closes an intact return; a return with a finding is a report for the chief, who closes it.
 */
export function nextLoanState(state: LoanState, action: LoanAction, actor: LoanActor, facts: LoanFacts): Transition<LoanState> {
  const refuse = () => illegal(state, ACTION_NAMES[action], LOAN_STATE_NAMES[state]);
  switch (action) {
    case 'approve':
    case 'reject': {
      if (actor.role !== 'chief' && actor.role !== 'leader') return forbidden('只有部门负责人和分管领导可以审批借阅（§12.4.2）');
      if (actor.requester) return forbidden('不能审批自己提出的申请', 'own_request');
      if (actor.role === 'chief') {
        if (!actor.sameDepartment) return forbidden('部门负责人只能审批本部门的借阅申请（§12.4.2）', 'other_department');
        if (state !== 'requested') return refuse();
        return { ok: true, next: action === 'approve' ? 'chiefApproved' : 'rejected' };
      }
      if (!actor.sameUnit) return forbidden('分管领导只能审批本单位的借阅申请（§12.4.2）', 'other_unit');
      if (state !== 'chiefApproved') return refuse();
      return { ok: true, next: action === 'approve' ? 'approved' : 'rejected' };
    }
    case 'cancel':
      if (!actor.requester) return forbidden('只有申请人可以撤销借阅申请', 'not_own_request');
      if (state !== 'requested' && state !== 'chiefApproved' && state !== 'approved') return refuse();
      return { ok: true, next: 'cancelled' };
    case 'checkout':
    case 'return':
      if (actor.role !== 'archivist' || !actor.sameUnit) return forbidden('借出和归还由本单位档案管理人员登记（§12.4.2、§12.4.4）');
      if (state !== (action === 'checkout' ? 'approved' : 'checkedOut')) return refuse();
      return { ok: true, next: action === 'checkout' ? 'checkedOut' : 'returned' };
    case 'close':
      if (facts.finding) {
        if (actor.role !== 'chief' || !actor.sameDepartment) return forbidden('归还核查发现问题，由部门负责人阅知后结案（§12.4.4）', 'report_to_chief');
        if (actor.requester) return forbidden('不能为自己借阅中发现的问题结案', 'own_request');
      } else if (actor.role !== 'archivist' || !actor.sameUnit) return forbidden('由本单位档案管理人员结案');
      if (state !== 'returned') return refuse();
      return { ok: true, next: 'closed' };
  }
}

/** Who acts on a change request: the chief of the archive's line office decides (§12.3), never on their own request. */
export interface ChangeActor {
  role: Role;
  requester: boolean;
  /** The actor belongs to the archive's line office (its unit and department). */
  lineOffice: boolean;
}

const CHANGE_STATE_NAMES: Record<ChangeState, string> = { pending: '待审定', approved: '已审定', rejected: '已驳回' };

/** §12.3: archived material changes only by an approved request; the line office's chief decides it. */
export function nextChangeState(state: ChangeState, action: 'approve' | 'reject', actor: ChangeActor): Transition<ChangeState> {
  if (actor.role !== 'chief') return forbidden('档案变更由部门负责人审定（§12.3）');
  if (actor.requester) return forbidden('不能审定自己提出的申请', 'own_request');
  if (!actor.lineOffice) return forbidden('部门负责人只能审定本条线的档案变更（§12.1、§12.3）', 'other_department');
  if (state !== 'pending') return illegal(state, action === 'approve' ? '审定' : '驳回', CHANGE_STATE_NAMES[state]);
  return { ok: true, next: action === 'approve' ? 'approved' : 'rejected' };
}

/** What a change request asks for (validated by the API before it is stored). */
export interface ChangeRequest {
  kind: ChangeKind;
  documentIndex?: number | null;
  document?: ArchiveDocument | null;
  field?: CorrectableField | null;
  value?: unknown;
}

/** The parts of an archive a change touches. */
export type ArchiveContents = { documents: ArchiveDocument[] } & Partial<Record<CorrectableField, unknown>>;

/**
 * Applies an approved change to an archive's contents (§12.3): a new document list or a corrected field; the caller
 * stores it with the change log entry in the same transaction. Throws RangeError when the request no longer fits
 * (a document index past the end because another change removed it).
 */
export function applyArchiveChange(archive: ArchiveContents, change: ChangeRequest): Partial<ArchiveContents> {
  const docs = archive.documents;
  const at = change.documentIndex ?? -1;
  const needsIndex = change.kind === 'removeDocument' || change.kind === 'replaceDocument';
  if (needsIndex && (at < 0 || at >= docs.length)) throw new RangeError(`卷内没有第 ${at + 1} 件文书`);
  switch (change.kind) {
    case 'addDocument':
      return { documents: [...docs, change.document!] };
    case 'removeDocument':
      return { documents: docs.filter((_, i) => i !== at) };
    case 'replaceDocument':
      return { documents: docs.map((d, i) => (i === at ? change.document! : d)) };
    case 'correctField':
      return { [change.field!]: change.value };
  }
}

/**
 * A return inspection's finding on an archive (§12.4.4: 拆封 / 短缺 / 污损), derived from the loan that brought it
 * back: open until the department head closes the loan, kept in the archive's history after that.
 */
export interface ArchiveFinding {
  loanId: number;
  /** The loan's unit, department and requester: enough for the admin to ask whether the user may open the loan. */
  unitId: number;
  departmentId: number;
  requestedBy: number;
  borrowerName: string;
  condition: Exclude<ReturnCondition, 'intact'>;
  note: string | null;
  returnedAt: string;
  returnedByName: string;
  /** Set once the department head has closed the loan, with what they wrote. */
  closed: { at: string; byName: string; note: string | null } | null;
}

/** The parts of a stored loan a finding is read from. */
export interface LoanWithFinding {
  id: number;
  unitId: number;
  departmentId: number;
  requestedBy: number;
  requestedByName: string;
  status: LoanState;
  condition: ReturnCondition | null;
  conditionNote: string | null;
  returnedAt: string | null;
  history: { at: string; byName: string; action: string; note: string | null }[];
}

/** The findings of these loans, latest return first; loans returned intact (or not yet returned) have none. */
export function archiveFindings(loans: LoanWithFinding[]): ArchiveFinding[] {
  const found: ArchiveFinding[] = [];
  for (const loan of loans) {
    if (!loan.condition || loan.condition === 'intact' || !loan.returnedAt) continue;
    const returned = loan.history.findLast((h) => h.action === 'return');
    const closed = loan.status === 'closed' ? loan.history.findLast((h) => h.action === 'close') : undefined;
    found.push({
      loanId: loan.id,
      unitId: loan.unitId,
      departmentId: loan.departmentId,
      requestedBy: loan.requestedBy,
      borrowerName: loan.requestedByName,
      condition: loan.condition,
      note: loan.conditionNote,
      returnedAt: loan.returnedAt,
      returnedByName: returned?.byName ?? '',
      closed: closed ? { at: closed.at, byName: closed.byName, note: closed.note } : null,
    });
  }
  return found.sort((a, b) => (a.returnedAt < b.returnedAt ? 1 : a.returnedAt > b.returnedAt ? -1 : b.loanId - a.loanId));
}

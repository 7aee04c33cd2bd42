/**
 * 检查结果 (§9.3), 后续处理 (§10), 检查证据 (§11): the shared lists and the rules a result must meet before it is
 * confirmed. Pure code: the API enforces these, the admin shows the same messages before it asks.
 */

/** §9.3.1.1 检查方法. */
export const RESULT_METHODS = ['document', 'onsite', 'online', 'other_conclusions', 'third_party'] as const;
/** §9.3.2.2 事先告知: the way, or that the check is one not to announce. */
export const NOTICE_MODES = ['written', 'phone', 'fax', 'other', 'not_advisable'] as const;
/** §9.3.2.3d the entity signed or sealed the record form, or refused to. */
export const ENTITY_SIGNOFFS = ['signed', 'sealed', 'refused'] as const;
/** The one shared list of result categories. */
export const RESULT_CATEGORIES = [
  'no_problem',
  'problem_corrected',
  'problem_pending',
  'non_cooperation',
  'no_activity',
  'unreachable',
  'deregistered',
  'other',
] as const;
/** Categories that found a problem: they need evidence (§11.3.3). */
export const PROBLEM_CATEGORIES: readonly ResultCategory[] = ['problem_corrected', 'problem_pending'];
/** §9.3.2.3c 监管措施. */
export const RESULT_MEASURES = ['record', 'evidence', 'stop_order', 'rectify'] as const;
/** §9.3.2.3c the forms a stop order or a rectification order may take. */
export const MEASURE_FORMS = ['written', 'oral', 'mobile_print'] as const;
/** pending (no result yet) → draft → confirmed → published. */
export const RESULT_STATUSES = ['pending', 'draft', 'confirmed', 'published'] as const;

/** §11.1 证据种类. */
export const EVIDENCE_KINDS = ['documentary', 'physical', 'audiovisual', 'third_party', 'statement', 'other'] as const;
/** §11.2 a–e 证据收集. */
export const EVIDENCE_COLLECTION = ['onsite', 'offsite', 'commissioned', 'inquiry', 'statement'] as const;

/** §10.2.1 internal (案源), §10.2.2 another authority, §13.2c the police. */
export const REFERRAL_KINDS = ['internal', 'authority', 'police'] as const;

export type ResultCategory = (typeof RESULT_CATEGORIES)[number];
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** §9.3.2.2: a check marked 不宜事先告知 is not announced, so no prior notice is issued for it. */
export const noticeMayBeIssued = (result: { noticeMode?: string | null } | undefined): boolean => result?.noticeMode !== 'not_advisable';
/** §9.3.2.3c: an order to rectify is issued only for a result that found a problem. */
export const rectificationMayBeIssued = (result: { category?: string | null } | undefined): boolean =>
  PROBLEM_CATEGORIES.includes(result?.category as ResultCategory);

export interface PresentInspector {
  inspectorId: number;
  certificateNo: string;
  certificateShown: boolean;
}

/** What the rules read of a result (the stored row has these fields). */
export interface ResultFacts {
  methods: readonly string[];
  noticeMode?: string | null;
  noticeDate?: string | null;
  noticeNotAdvisableReason?: string | null;
  onsiteDate?: string | null;
  onsitePlace?: string | null;
  present?: readonly PresentInspector[] | null;
  recordFormFilled?: boolean | null;
  entitySignoff?: string | null;
  refusalSignedBy?: readonly number[] | null;
  category?: string | null;
  categoryOther?: string | null;
  problems?: string | null;
  measures?: readonly string[] | null;
  measureForms?: readonly string[] | null;
  responsibleInspectorId?: number | null;
  suspectedCrime?: boolean | null;
  late?: boolean | null;
  lateExplanation?: string | null;
}

export interface Team {
  /** The team's inspector ids (assignment.inspectorIds). */
  inspectorIds: readonly number[];
  /** Each team member's enforcement certificate number. */
  certificates: Readonly<Record<number, string | null>>;
}

export type Problems = Record<string, string>;

/**
 * What any saved draft must already get right (it may be incomplete): the present inspectors are members of the team
 * with their own certificate numbers (§9.3.2.3a), the refusal signers were present (§9.3.2.3d), the responsible
 * inspector belongs to the team (§9.3.2.4).
 */
export function draftProblems(r: ResultFacts, team: Team): Problems {
  const out: Problems = {};
  const present = r.present ?? [];
  const ids = present.map((p) => p.inspectorId);
  if (new Set(ids).size !== ids.length) out.present = '同一执法人员不能重复列出';
  const outsider = present.find((p) => !team.inspectorIds.includes(p.inspectorId));
  if (outsider) out.present = `现场检查人员须从检查组成员中选派（§9.3.2.3a），${outsider.inspectorId} 不是本组成员`;
  else {
    const wrong = present.find((p) => (team.certificates[p.inspectorId] ?? '') !== p.certificateNo);
    if (wrong) out.present = `执法证号与执法人员名录库不符：${wrong.certificateNo || '（空）'}`;
  }
  const signers = r.refusalSignedBy ?? [];
  if (signers.some((s) => !ids.includes(s))) out.refusalSignedBy = '签字说明的人员须是到场的检查组成员';
  if (r.responsibleInspectorId != null && !team.inspectorIds.includes(r.responsibleInspectorId))
    out.responsibleInspectorId = '负责检查的人员须是本检查组成员（§9.3.2.4）';
  if (r.noticeMode === 'not_advisable' && r.noticeDate) out.noticeDate = '不宜事先告知时不应填写告知日期（§9.3.2.2）';
  return out;
}

export interface ConfirmContext {
  team: Team;
  /** Evidence items attached to the result. */
  evidenceCount: number;
  /** Police referrals recorded for the result (§13.2c). */
  policeReferrals: number;
}

/**
 * Everything a result needs before the responsible inspector confirms it (§9.3.2.4); an empty object means it may be
 * confirmed. Each message names its clause.
 */
export function confirmProblems(r: ResultFacts, ctx: ConfirmContext): Problems {
  const out: Problems = { ...draftProblems(r, ctx.team) };
  if (!r.methods.length) out.methods = '请选择检查方法（§9.3.1.1）';
  if (!r.category) out.category = '请选择检查结果';
  if (r.category === 'other' && !r.categoryOther?.trim()) out.categoryOther = '结果为“其他”时请说明';
  if (r.responsibleInspectorId == null) out.responsibleInspectorId = '请指定具体负责检查并签字确认的人员（§9.3.2.4）';
  if (r.methods.includes('onsite')) {
    if (!r.noticeMode) out.noticeMode = '请填写事先告知情况，或选择“不宜事先告知”（§9.3.2.2）';
    else if (r.noticeMode === 'not_advisable' && !r.noticeNotAdvisableReason?.trim()) out.noticeNotAdvisableReason = '请说明不宜事先告知的理由（§9.3.2.2）';
    else if (r.noticeMode !== 'not_advisable' && !r.noticeDate) out.noticeDate = '请填写告知日期（§9.3.2.2）';
    if (!r.onsiteDate) out.onsiteDate = '请填写现场检查日期';
    if (!r.onsitePlace?.trim()) out.onsitePlace = '请填写现场检查地点';
    const present = r.present ?? [];
    if (!out.present) {
      if (present.length < 2) out.present = '现场检查人员不得少于两人（§9.3.2.3a）';
      else if (present.some((p) => !p.certificateShown)) out.present = '现场检查人员应当出示执法证件（§9.3.2.3a）';
    }
    if (!r.recordFormFilled) out.recordFormFilled = '应当现场填写双随机抽查检查记录表（§9.3.2.3b）';
    if (!r.entitySignoff) out.entitySignoff = '请记录被检查对象签字、盖章或拒绝签字（§9.3.2.3d）';
    if (r.entitySignoff === 'refused' && !out.refusalSignedBy) {
      const signers = new Set(r.refusalSignedBy ?? []);
      const missing = present.filter((p) => !signers.has(p.inspectorId));
      if (missing.length) out.refusalSignedBy = '被检查对象拒绝签字的，须由到场的检查组全体成员签字说明（§9.3.2.3d）';
    }
  }
  if (r.category && PROBLEM_CATEGORIES.includes(r.category as ResultCategory)) {
    if (!r.problems?.trim()) out.problems = '请写明发现的问题';
    if (ctx.evidenceCount < 1) out.evidence = '发现问题的检查结果须附至少一项证据（§11.3.3）';
  }
  const orders = (r.measures ?? []).some((m) => m === 'stop_order' || m === 'rectify');
  if (orders && !(r.measureForms ?? []).length) out.measureForms = '请写明责令停止或督促整改的方式：书面、口头或移动执法设备打印（§9.3.2.3c）';
  if (r.late && !r.lateExplanation?.trim()) out.lateExplanation = '结果在任务截止后录入，须由部门负责人说明原因（§13.2d）';
  if (r.suspectedCrime && ctx.policeReferrals < 1) out.suspectedCrime = '涉嫌犯罪的须先移送公安机关（§13.2c）';
  return out;
}

/** §13.2d a result first entered after the task's deadline (China's calendar date) is late. */
export const isLateEntry = (enteredOn: string, deadline: string): boolean => enteredOn > deadline;

export type ResultAction = 'save' | 'confirm' | 'reopen' | 'publish';

/** The state a result moves to by an action, or undefined when the action is not allowed in its state. */
export function nextResultStatus(status: ResultStatus, action: ResultAction): ResultStatus | undefined {
  switch (action) {
    case 'save':
      return status === 'pending' || status === 'draft' ? 'draft' : undefined;
    case 'confirm':
      return status === 'draft' ? 'confirmed' : undefined;
    case 'reopen':
      return status === 'confirmed' ? 'draft' : undefined;
    case 'publish':
      return status === 'confirmed' ? 'published' : undefined;
  }
}

export type TaskStatus = 'draft' | 'drawn' | 'inspecting' | 'completed' | 'published';

/**
 * A task's status from its assignments' result states: inspecting from the first draft, completed when every result
 * is confirmed (or published), published when every one is published. Before any result it stays where it was.
 */
export function taskStatusFrom(current: TaskStatus, states: readonly ResultStatus[]): TaskStatus {
  if (current === 'draft' || !states.length) return current;
  if (states.every((s) => s === 'published')) return 'published';
  if (states.every((s) => s === 'confirmed' || s === 'published')) return 'completed';
  if (states.some((s) => s !== 'pending')) return 'inspecting';
  return current === 'drawn' ? 'drawn' : current;
}

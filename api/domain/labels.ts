/**
 * Chinese names of coded values, for files people exchange (import/export headers and cells, printed documents) and
 * the public portal. The admin's Chinese messages take the result lists from here (admin/i18n/results.ts), so the
 * screens and the papers say the same; its English stays in admin/i18n.
 */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  enterprise: '企业',
  individual: '个体经济组织',
  private_non_enterprise: '民办非企业单位',
  partnership: '合伙组织（会计师事务所、律师事务所等）',
  foundation: '基金会',
  state_organ: '国家机关',
  public_institution: '事业单位',
  social_group: '社会团体',
};
export const ENTITY_STATUS_LABELS: Record<string, string> = { active: '存续', cancelled: '注销', revoked: '吊销', moved_out: '迁出' };
export const INSPECTOR_CATEGORY_LABELS: Record<string, string> = {
  civil_servant: '行政执法类公务员',
  qualified: '具有行政执法资格',
  supervisor: '日常监管人员',
};
export const INSPECTOR_STATUS_LABELS: Record<string, string> = { active: '在岗', transferred: '调离', suspended: '暂停执法', retired: '退休' };

/** The code for a cell holding either the code itself or its Chinese label (a label's first words suffice: 合伙组织). */
export function codeFromLabel(labels: Record<string, string>, cell: string): string | undefined {
  const text = cell.trim();
  if (text in labels) return text;
  return Object.keys(labels).find((code) => labels[code] === text || labels[code].split('（')[0] === text);
}

/** The summary workbook's names of states and kinds (the admin's translations say the same). */
export const TASK_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  committed: '已承诺',
  drawn: '已抽取',
  inspecting: '检查中',
  completed: '已完成',
  published: '已公示',
};
export const RESULT_CATEGORY_LABELS: Record<string, string> = {
  no_problem: '未发现问题',
  problem_corrected: '发现问题已责令改正',
  problem_pending: '发现问题待后续处理',
  non_cooperation: '不配合检查情节严重',
  no_activity: '未发现开展本次抽查涉及的经营活动',
  unreachable: '通过登记的住所（经营场所）无法联系',
  deregistered: '已注销/吊销/迁出',
  other: '其他',
};
/** §9.3.1.1 检查方法. */
export const RESULT_METHOD_LABELS: Record<string, string> = {
  document: '书面审查',
  onsite: '实地核查',
  online: '网络监测',
  other_conclusions: '利用其他部门检查结论、司法生效文书或专业结论',
  third_party: '委托第三方',
};
/** §9.3.2.2 事先告知的方式, or that the check is not to be announced. */
export const RESULT_NOTICE_LABELS: Record<string, string> = { written: '书面', phone: '电话', fax: '传真', other: '其他', not_advisable: '不宜事先告知' };
/** §9.3.2.3c 监管措施 and the forms an order may take. */
export const RESULT_MEASURE_LABELS: Record<string, string> = {
  record: '制作现场笔录',
  evidence: '初步提取证据',
  stop_order: '责令停止违法活动',
  rectify: '督促整改',
};
export const MEASURE_FORM_LABELS: Record<string, string> = { written: '书面', oral: '口头', mobile_print: '移动执法设备打印' };
export const REFERRAL_KIND_LABELS: Record<string, string> = { internal: '系统内移交（案源）', authority: '移交其他监管部门', police: '移送公安机关' };

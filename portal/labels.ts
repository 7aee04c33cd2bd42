/** Chinese names of the coded values the public API returns; the result lists are the server's own (api/domain/labels.ts). */
export { RESULT_CATEGORY_LABELS as CATEGORY_LABELS, RESULT_METHOD_LABELS as METHOD_LABELS } from '../api/domain/labels';
export const FREQUENCY_LABELS: Record<string, string> = {
  once: '每年一次',
  half_yearly: '每半年一次',
  quarterly: '每季度一次',
  monthly: '每月一次',
  as_needed: '根据需要',
};
export const SOURCE_LABELS: Record<string, string> = { province: '省统一', city: '市新增' };
export const DRAW_KIND_LABELS: Record<string, string> = { full: '抽取对象和检查人员', entities: '抽取检查对象（派发各区市）', team: '匹配检查人员' };
export const CHANGE_LABELS: Record<string, string> = { added: '新增', removed: '删除', changed: '修改' };
export const FIELD_LABELS: Record<string, string> = {
  itemId: '抽查事项',
  departmentId: '实施机构',
  ratioBp: '抽查比例',
  count: '抽查数量',
  frequency: '频次',
  windowStart: '开始日期',
  windowEnd: '结束日期',
  method: '检查方式',
  joint: '联合检查',
  note: '说明',
};

const CHINA_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
/** A date (2026-12-03) as is; a moment (2026-03-26T17:00:00Z) as its day in Qingdao (2026-03-27). */
export const day = (iso: string | null | undefined) => (!iso ? '—' : iso.length <= 10 ? iso : CHINA_DAY.format(new Date(iso)));
export const ratio = (bp: number | null, count: number | null) => (bp != null ? `${bp / 100}%` : count != null ? `${count} 户` : '—');
/** 青岛市人力资源和社会保障局 → 青岛市 (a unit's short name for filters and tables). */
export const shortUnit = (name: string) => name.replace('人力资源和社会保障局', '');

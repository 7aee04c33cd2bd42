import type { PresentInspector, ResultFacts } from '../domain/results.js';

/** A team member as printed: name and enforcement certificate number (§9.3.2.3a). */
export interface DocInspector {
  id: number;
  name: string;
  certificateNo: string | null;
}

/** What every document of an assignment prints, read from the stored records (api/actions/documents.ts). */
export interface AssignmentFacts {
  /** The bureau that carries out the check (the assignment's unit) and its implementing office. */
  unitName: string;
  departmentName: string | null;
  taskCode: string;
  taskTitle: string;
  itemName: string | null;
  /** The item's legal basis, when the item list holds it. */
  legalBasis: string | null;
  deadline: string;
  entity: { name: string; uscc: string; address: string | null; legalRep: string | null };
  /** The team drawn for the entity, in the assignment's order. */
  team: DocInspector[];
}

/** A result as the documents print it: the stored row's facts (domain/results.ts) and its present inspectors. */
export type ResultDocFacts = ResultFacts & {
  id: number;
  precheckNotes?: string | null;
  present: readonly PresentInspector[];
};

/** The Chinese terms the documents print for the coded values (as the admin's zh labels); the shared ones are api/domain/labels.ts's. */
export { RESULT_CATEGORY_LABELS as CATEGORY_LABELS, RESULT_METHOD_LABELS as METHOD_LABELS } from '../domain/labels.js';
export const NOTICE_LABELS: Record<string, string> = { written: '书面', phone: '电话', fax: '传真', other: '其他' };
export const MEASURE_LABELS: Record<string, string> = { record: '制作现场笔录', evidence: '初步提取证据', stop_order: '责令停止违法活动', rectify: '督促整改' };
export const MEASURE_FORM_LABELS: Record<string, string> = { written: '书面', oral: '口头', mobile_print: '移动执法设备打印' };
export const SIGNOFF_LABELS: Record<string, string> = { signed: '签字', sealed: '盖章', refused: '拒绝签字或盖章' };

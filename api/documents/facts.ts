import type { PresentInspector, ResultFacts } from '../domain/results.js';
import { RESULT_NOTICE_LABELS } from '../domain/labels.js';

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

/** The Chinese terms the documents print for the coded values: api/domain/labels.ts's, as the admin's zh labels. */
export {
  RESULT_CATEGORY_LABELS as CATEGORY_LABELS,
  RESULT_METHOD_LABELS as METHOD_LABELS,
  RESULT_MEASURE_LABELS as MEASURE_LABELS,
  MEASURE_FORM_LABELS,
} from '../domain/labels.js';
/** The ways of notice as boxes on the record form; 不宜事先告知 is a box of its own, with its reason. */
export const NOTICE_LABELS: Record<string, string> = Object.fromEntries(Object.entries(RESULT_NOTICE_LABELS).filter(([mode]) => mode !== 'not_advisable'));
export const SIGNOFF_LABELS: Record<string, string> = { signed: '签字', sealed: '盖章', refused: '拒绝签字或盖章' };

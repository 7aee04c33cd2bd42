import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import type { REPLACEMENT_KINDS, REPLACEMENT_STATUSES } from '../tasks/choices';
import { ReplacementList } from './ReplacementList';

export type ReplacementKind = (typeof REPLACEMENT_KINDS)[number];

/**
 * §9.2.2 a request to replace an inspector on one entity's team, decided by the implementing office's head; or (scope
 * task/office, 岗位调整) on every open team of a task or of the office, each replacement then a row under it (parentId).
 */
export interface Replacement {
  id: number;
  version: number;
  scope: 'assignment' | 'task' | 'office';
  parentId: number | null;
  taskId: number | null;
  assignmentId: number | null;
  unitId: number;
  departmentId: number;
  entityId: number | null;
  inspectorId: number;
  kind: ReplacementKind;
  reason: string;
  requestedBy: number;
  status: (typeof REPLACEMENT_STATUSES)[number];
  decidedBy: number | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** Set on approval (DRAW-SPEC §6): the entity's n-th replacement, the eligible candidates with their loads, the pick. */
  n: number | null;
  candidates: { id: string; load: number }[] | null;
  replacementInspectorId: number | null;
  /** A task/office request: how many assignments its approval replaced. */
  replacedCount: number | null;
  createdAt: string;
}

export default {
  list: ReplacementList,
  icon: SwapHorizIcon,
  recordRepresentation: (r: Replacement) => `#${r.id}`,
};

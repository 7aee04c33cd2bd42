import EditNoteIcon from '@mui/icons-material/EditNote';
import { PlanAdjustmentList } from './PlanAdjustmentList';
import type { PlanLineFields } from '../planLines';

/** A line's proposal to change a published plan (§8.2), decided by the lead office. */
export interface PlanAdjustment {
  id: number;
  version: number;
  planId: number;
  unitId: number;
  lineId: number | null;
  proposedBy: number;
  proposedByName: string | null;
  basedOnVersion: number;
  reason: string;
  upserts: (PlanLineFields & { id?: number })[];
  removals: number[];
  status: 'pending' | 'accepted' | 'rejected' | 'withdrawn';
  decidedBy: number | null;
  decidedAt: string | null;
  decisionReason: string | null;
  resultingVersion: number | null;
  /** What the line proposed, when the lead office amended it before accepting. */
  proposed: Pick<PlanAdjustment, 'upserts' | 'removals'> | null;
  byLeadOffice: boolean;
  createdAt: string;
}

/** Proposed and decided on their plan's page (计划调整 tab); the lead office also sees every pending one in a list. */
export default {
  list: PlanAdjustmentList,
  icon: EditNoteIcon,
  recordRepresentation: (a: PlanAdjustment) => `#${a.id}`,
};

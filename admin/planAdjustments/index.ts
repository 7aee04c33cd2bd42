import type { PlanAdjustment } from '../records';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { lazyView } from '../common/lazyView';

const PlanAdjustmentList = lazyView(() => import('./PlanAdjustmentList'), 'PlanAdjustmentList');

/** Proposed and decided on their plan's page (计划调整 tab); the lead office also sees every pending one in a list. */
export default {
  list: PlanAdjustmentList,
  icon: EditNoteIcon,
  recordRepresentation: (a: PlanAdjustment) => `#${a.id}`,
};

import EventNoteIcon from '@mui/icons-material/EventNote';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';
import { PlanEdit } from './PlanEdit';
import { PlanCreate } from './PlanCreate';

export interface Plan {
  id: number;
  version: number;
  unitId: number;
  year: number;
  title: string;
  upperPlanId: number | null;
  upperRef: string | null;
  status: 'draft' | 'published';
  /** 0 while draft, 1 at publication, +1 per accepted adjustment. */
  planVersion: number;
  publishedAt: string | null;
  /** Published after 31 March of its year (§8.1). */
  late: boolean;
}

export default {
  list: PlanList,
  show: PlanShow,
  edit: PlanEdit,
  create: PlanCreate,
  icon: EventNoteIcon,
  recordRepresentation: (p: Plan) => p.title,
};

import type { Plan } from '../records';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyView } from '../common/lazyView';

const PlanList = lazyView(() => import('./PlanList'), 'PlanList');
const PlanShow = lazyView(() => import('./PlanShow'), 'PlanShow');
const PlanEdit = lazyView(() => import('./PlanEdit'), 'PlanEdit');
const PlanCreate = lazyView(() => import('./PlanCreate'), 'PlanCreate');

export default {
  list: PlanList,
  show: PlanShow,
  edit: PlanEdit,
  create: PlanCreate,
  icon: EventNoteIcon,
  recordRepresentation: (p: Plan) => p.title,
};

import type { Plan } from '../records';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';
import { PlanEdit } from './PlanEdit';
import { PlanCreate } from './PlanCreate';

export default {
  list: PlanList,
  show: PlanShow,
  edit: PlanEdit,
  create: PlanCreate,
  icon: EventNoteIcon,
  recordRepresentation: (p: Plan) => p.title,
};

import type { Holiday } from '../records';
import EventIcon from '@mui/icons-material/Event';
import { HolidayList } from './HolidayList';
import { HolidayEdit } from './HolidayEdit';
import { HolidayCreate } from './HolidayCreate';

export default {
  list: HolidayList,
  edit: HolidayEdit,
  create: HolidayCreate,
  icon: EventIcon,
  recordRepresentation: (h: Holiday) => `${h.date} ${h.name}`,
};

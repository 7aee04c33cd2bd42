import EventIcon from '@mui/icons-material/Event';
import { HolidayList } from './HolidayList';
import { HolidayEdit } from './HolidayEdit';
import { HolidayCreate } from './HolidayCreate';

export interface Holiday {
  id: number;
  version: number;
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export default {
  list: HolidayList,
  edit: HolidayEdit,
  create: HolidayCreate,
  icon: EventIcon,
  recordRepresentation: (h: Holiday) => `${h.date} ${h.name}`,
};

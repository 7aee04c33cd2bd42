import type { Holiday } from '../records';
import EventIcon from '@mui/icons-material/Event';
import { lazyView } from '../common/lazyView';

const HolidayList = lazyView(() => import('./HolidayList'), 'HolidayList');
const HolidayEdit = lazyView(() => import('./HolidayEdit'), 'HolidayEdit');
const HolidayCreate = lazyView(() => import('./HolidayCreate'), 'HolidayCreate');

export default {
  list: HolidayList,
  edit: HolidayEdit,
  create: HolidayCreate,
  icon: EventIcon,
  recordRepresentation: (h: Holiday) => `${h.date} ${h.name}`,
};

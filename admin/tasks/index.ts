import type { Task } from '../records';
import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyView } from '../common/lazyView';

const TaskList = lazyView(() => import('./TaskList'), 'TaskList');
const TaskShow = lazyView(() => import('./TaskShow'), 'TaskShow');
const TaskCreate = lazyView(() => import('./TaskCreate'), 'TaskCreate');
const TaskEdit = lazyView(() => import('./TaskEdit'), 'TaskEdit');

export default {
  list: TaskList,
  show: TaskShow,
  create: TaskCreate,
  edit: TaskEdit,
  icon: AssignmentIcon,
  recordRepresentation: (t: Task) => `${t.code} ${t.title}`,
};

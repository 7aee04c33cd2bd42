import type { Task } from '../records';
import AssignmentIcon from '@mui/icons-material/Assignment';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';
import { TaskCreate } from './TaskCreate';
import { TaskEdit } from './TaskEdit';

export default {
  list: TaskList,
  show: TaskShow,
  create: TaskCreate,
  edit: TaskEdit,
  icon: AssignmentIcon,
  recordRepresentation: (t: Task) => `${t.code} ${t.title}`,
};

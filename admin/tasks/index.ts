import AssignmentIcon from '@mui/icons-material/Assignment';
import type { EntityType } from '../../api/domain/uscc';
import type { DISTRICTS, ITEM_METHODS } from '../common/libraryChoices';
import type { TASK_ORIGINS, TASK_STATUSES } from './choices';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';
import { TaskCreate } from './TaskCreate';
import { TaskEdit } from './TaskEdit';

/** 抽查任务 (§9.1): made from a line of a published plan; the plan line's department owns it. */
export interface Task {
  id: number;
  version: number;
  code: string;
  title: string;
  planLineId: number;
  origin: (typeof TASK_ORIGINS)[number];
  districts: (typeof DISTRICTS)[number][];
  entityTypes: EntityType[];
  scopeLineIds: number[];
  /** Basis points: 5% = 500. Exactly one of ratioBp and count is set. */
  ratioBp: number | null;
  count: number | null;
  teamSize: number;
  method: (typeof ITEM_METHODS)[number];
  deadline: string;
  /** A city task whose shares go to the districts, which match their own inspectors (§9.1.1). */
  dispatch: boolean;
  publicSourceRequired: boolean;
  publicSourceNote: string | null;
  excludeInspected: boolean;
  /** Computed by the API from the plan line. */
  unitId: number;
  departmentId: number;
  lineId: number;
  planId: number;
  itemId: number;
  year: number;
  status: (typeof TASK_STATUSES)[number];
}

export default {
  list: TaskList,
  show: TaskShow,
  create: TaskCreate,
  edit: TaskEdit,
  icon: AssignmentIcon,
  recordRepresentation: (t: Task) => `${t.code} ${t.title}`,
};

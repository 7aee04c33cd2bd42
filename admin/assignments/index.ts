import type { Assignment } from '../records';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { lazyView } from '../common/lazyView';

const MyAssignmentList = lazyView(() => import('./MyAssignmentList'), 'MyAssignmentList');

/** 我的检查任务: the assignments whose team holds the signed-in user. */
export default {
  list: MyAssignmentList,
  icon: AssignmentIndIcon,
  recordRepresentation: (a: Assignment) => a.uscc,
};

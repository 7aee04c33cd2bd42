import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { MyAssignmentList } from './MyAssignmentList';

/** An entity drawn for a task and its inspection team (DRAW-SPEC §5), one per selected entity of a valid draw. */
export interface Assignment {
  id: number;
  version: number;
  taskId: number;
  drawId: number;
  unitId: number;
  departmentId: number;
  entityId: number;
  uscc: string;
  /** The district's name, the draw's stratum. */
  stratum: string;
  /** The district's share of a dispatched city task (§9.1.1); its team is matched by the district. */
  dispatchId: number | null;
  inspectorIds: number[];
  inspectorUserIds: number[];
  /** false once its draw is voided. */
  active: boolean;
}

/** 我的检查任务: the assignments whose team holds the signed-in user. */
export default {
  list: MyAssignmentList,
  icon: AssignmentIndIcon,
  recordRepresentation: (a: Assignment) => a.uscc,
};

import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import type { DISPATCH_STATUSES } from '../tasks/choices';
import { DispatchList } from './DispatchList';

/** §9.1.1 a city task's share sent to a district bureau: 未查收 → 已查收 → 已匹配 (or 作废 with its draw). */
export interface Dispatch {
  id: number;
  version: number;
  taskId: number;
  drawId: number;
  /** The receiving district bureau. */
  unitId: number;
  fromUnitId: number;
  district: string;
  entityCount: number;
  status: (typeof DISPATCH_STATUSES)[number];
  receivedAt: string | null;
  teamDrawId: number | null;
}

export default {
  list: DispatchList,
  icon: MoveToInboxIcon,
  recordRepresentation: (d: Dispatch) => `#${d.id}`,
};

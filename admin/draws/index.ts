import CasinoIcon from '@mui/icons-material/Casino';
import type { DRAW_KINDS, DRAW_STATUSES } from '../tasks/choices';
import { DrawList } from './DrawList';

/** 抽取记录 as the list sends them: a summary; the whole record comes from dataProvider.getDrawRecord. */
export interface Draw {
  id: number;
  taskId: number;
  unitId: number;
  departmentId: number;
  /** full: entities and teams; entities: a dispatched city draw (teams matched by the districts); team: a district's matching. */
  kind: (typeof DRAW_KINDS)[number];
  dispatchId: number | null;
  drawnAt: string;
  status: (typeof DRAW_STATUSES)[number];
  voidReason: string | null;
  voidedAt: string | null;
  published: boolean;
  publishedAt: string | null;
  taskCode: string;
  seed: string;
  poolSize: number;
  selectedCount: number;
}

export default {
  list: DrawList,
  icon: CasinoIcon,
  recordRepresentation: (d: Draw) => `${d.taskCode} #${d.id}`,
};

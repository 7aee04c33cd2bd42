import HistoryIcon from '@mui/icons-material/History';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  unitId: number | null;
  action: string;
  resource: string;
  recordId: string | null;
  reason: string | null;
  prevHash: string;
  hash: string;
  before: unknown;
  after: unknown;
}

export default {
  list: AuditList,
  show: AuditShow,
  icon: HistoryIcon,
  recordRepresentation: (e: AuditEntry) => `#${e.id}`,
};

import type { AuditEntry } from '../records';
import HistoryIcon from '@mui/icons-material/History';
import { lazyView } from '../common/lazyView';

const AuditList = lazyView(() => import('./AuditList'), 'AuditList');
const AuditShow = lazyView(() => import('./AuditShow'), 'AuditShow');

export default {
  list: AuditList,
  show: AuditShow,
  icon: HistoryIcon,
  recordRepresentation: (e: AuditEntry) => `#${e.id}`,
};

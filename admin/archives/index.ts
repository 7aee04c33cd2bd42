import type { Archive } from '../records';
import ArchiveIcon from '@mui/icons-material/Inventory2';
import { lazyView } from '../common/lazyView';

const ArchiveList = lazyView(() => import('./ArchiveList'), 'ArchiveList');
const ArchiveShow = lazyView(() => import('./ArchiveShow'), 'ArchiveShow');
const ArchiveCreate = lazyView(() => import('./ArchiveCreate'), 'ArchiveCreate');

/** 档案 (§12.1–12.3). */
export default {
  list: ArchiveList,
  show: ArchiveShow,
  create: ArchiveCreate,
  icon: ArchiveIcon,
  recordRepresentation: (a: Archive) => `${a.refNo} ${a.title}`,
};

import type { ArchiveChange } from '../records';
import ChangeIcon from '@mui/icons-material/EditNote';
import { lazyView } from '../common/lazyView';

const ArchiveChangeList = lazyView(() => import('./ArchiveChangeList'), 'ArchiveChangeList');
const ArchiveChangeCreate = lazyView(() => import('./ArchiveChangeCreate'), 'ArchiveChangeCreate');

/** 档案变更申请 (§12.3). */
export default { list: ArchiveChangeList, create: ArchiveChangeCreate, icon: ChangeIcon, recordRepresentation: (c: ArchiveChange) => `#${c.id}` };

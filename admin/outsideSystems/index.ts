import type { OutsideSystem } from '../records';
import HubIcon from '@mui/icons-material/Hub';
import { lazyView } from '../common/lazyView';

const OutsideSystemList = lazyView(() => import('./OutsideSystemList'), 'OutsideSystemList');
const OutsideSystemEdit = lazyView(() => import('./OutsideSystemEdit'), 'OutsideSystemEdit');
const OutsideSystemCreate = lazyView(() => import('./OutsideSystemCreate'), 'OutsideSystemCreate');

export default {
  list: OutsideSystemList,
  edit: OutsideSystemEdit,
  create: OutsideSystemCreate,
  icon: HubIcon,
  recordRepresentation: (s: OutsideSystem) => s.displayName,
};

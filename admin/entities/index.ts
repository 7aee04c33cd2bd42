import type { Entity } from '../records';
import BusinessIcon from '@mui/icons-material/Business';
import { lazyView } from '../common/lazyView';

const EntityList = lazyView(() => import('./EntityList'), 'EntityList');
const EntityEdit = lazyView(() => import('./EntityEdit'), 'EntityEdit');
const EntityCreate = lazyView(() => import('./EntityCreate'), 'EntityCreate');
const EntityShow = lazyView(() => import('./EntityShow'), 'EntityShow');

export default {
  list: EntityList,
  edit: EntityEdit,
  create: EntityCreate,
  show: EntityShow,
  icon: BusinessIcon,
  recordRepresentation: (e: Entity) => e.name,
};

import type { Item } from '../records';
import ChecklistIcon from '@mui/icons-material/Checklist';
import { lazyView } from '../common/lazyView';

const ItemList = lazyView(() => import('./ItemList'), 'ItemList');
const ItemShow = lazyView(() => import('./ItemShow'), 'ItemShow');
const ItemEdit = lazyView(() => import('./ItemEdit'), 'ItemEdit');
const ItemCreate = lazyView(() => import('./ItemCreate'), 'ItemCreate');

export default {
  list: ItemList,
  show: ItemShow,
  edit: ItemEdit,
  create: ItemCreate,
  icon: ChecklistIcon,
  recordRepresentation: (i: Item) => i.name,
};

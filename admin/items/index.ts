import type { Item } from '../records';
import ChecklistIcon from '@mui/icons-material/Checklist';
import { ItemList } from './ItemList';
import { ItemShow } from './ItemShow';
import { ItemEdit } from './ItemEdit';
import { ItemCreate } from './ItemCreate';

export default {
  list: ItemList,
  show: ItemShow,
  edit: ItemEdit,
  create: ItemCreate,
  icon: ChecklistIcon,
  recordRepresentation: (i: Item) => i.name,
};

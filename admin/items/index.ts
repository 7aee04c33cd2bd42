import ChecklistIcon from '@mui/icons-material/Checklist';
import { ItemList } from './ItemList';
import { ItemShow } from './ItemShow';
import { ItemEdit } from './ItemEdit';
import { ItemCreate } from './ItemCreate';

export interface Item {
  id: number;
  version: number;
  unitId: number;
  lineId: number;
  name: string;
  category: string;
  subjectTypes: string[];
  subjectNote: string | null;
  itemKind: 'general' | 'key';
  methods: string[];
  ratioNote: string | null;
  level: string | null;
  legalBasis: string;
  source: 'province' | 'city';
  status: 'active' | 'retired';
}

export default {
  list: ItemList,
  show: ItemShow,
  edit: ItemEdit,
  create: ItemCreate,
  icon: ChecklistIcon,
  recordRepresentation: (i: Item) => i.name,
};

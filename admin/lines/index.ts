import type { Line } from '../records';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazyView } from '../common/lazyView';

const LineList = lazyView(() => import('./LineList'), 'LineList');
const LineEdit = lazyView(() => import('./LineEdit'), 'LineEdit');
const LineCreate = lazyView(() => import('./LineCreate'), 'LineCreate');

export default {
  list: LineList,
  edit: LineEdit,
  create: LineCreate,
  icon: AccountTreeIcon,
  recordRepresentation: (l: Line) => l.name,
};

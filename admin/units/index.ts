import type { Unit } from '../records';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazyView } from '../common/lazyView';

const UnitList = lazyView(() => import('./UnitList'), 'UnitList');
const UnitEdit = lazyView(() => import('./UnitEdit'), 'UnitEdit');
const UnitCreate = lazyView(() => import('./UnitCreate'), 'UnitCreate');

export default {
  list: UnitList,
  edit: UnitEdit,
  create: UnitCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: (u: Unit) => u.name,
};

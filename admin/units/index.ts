import type { Unit } from '../records';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { UnitList } from './UnitList';
import { UnitEdit } from './UnitEdit';
import { UnitCreate } from './UnitCreate';

export default {
  list: UnitList,
  edit: UnitEdit,
  create: UnitCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: (u: Unit) => u.name,
};

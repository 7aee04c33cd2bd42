import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { UnitList } from './UnitList';
import { UnitEdit } from './UnitEdit';
import { UnitCreate } from './UnitCreate';

export interface Unit {
  id: number;
  version: number;
  name: string;
  code: string;
  level: 'city' | 'district';
}

export default {
  list: UnitList,
  edit: UnitEdit,
  create: UnitCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: (u: Unit) => u.name,
};

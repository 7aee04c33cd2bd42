import type { Line } from '../records';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { LineList } from './LineList';
import { LineEdit } from './LineEdit';
import { LineCreate } from './LineCreate';

export default {
  list: LineList,
  edit: LineEdit,
  create: LineCreate,
  icon: AccountTreeIcon,
  recordRepresentation: (l: Line) => l.name,
};

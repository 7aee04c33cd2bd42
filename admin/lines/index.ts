import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { LineList } from './LineList';
import { LineEdit } from './LineEdit';
import { LineCreate } from './LineCreate';

export interface Line {
  id: number;
  version: number;
  name: string;
  code: string;
}

export default {
  list: LineList,
  edit: LineEdit,
  create: LineCreate,
  icon: AccountTreeIcon,
  recordRepresentation: (l: Line) => l.name,
};

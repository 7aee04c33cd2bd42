import PeopleIcon from '@mui/icons-material/People';
import { UserList } from './UserList';
import { UserEdit } from './UserEdit';
import { UserCreate } from './UserCreate';

export interface User {
  id: number;
  version: number;
  username: string;
  name: string;
  role: string;
  unitId: number;
  departmentId: number | null;
  active: boolean;
}

export default {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: (u: User) => `${u.name} (${u.username})`,
};

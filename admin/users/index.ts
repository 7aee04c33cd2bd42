import type { User } from '../records';
import PeopleIcon from '@mui/icons-material/People';
import { lazyView } from '../common/lazyView';

const UserList = lazyView(() => import('./UserList'), 'UserList');
const UserEdit = lazyView(() => import('./UserEdit'), 'UserEdit');
const UserCreate = lazyView(() => import('./UserCreate'), 'UserCreate');

export default {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: (u: User) => `${u.name} (${u.username})`,
};

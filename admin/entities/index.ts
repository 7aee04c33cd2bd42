import type { Entity } from '../records';
import BusinessIcon from '@mui/icons-material/Business';
import { EntityList } from './EntityList';
import { EntityEdit } from './EntityEdit';
import { EntityCreate } from './EntityCreate';
import { EntityShow } from './EntityShow';

export default {
  list: EntityList,
  edit: EntityEdit,
  create: EntityCreate,
  show: EntityShow,
  icon: BusinessIcon,
  recordRepresentation: (e: Entity) => e.name,
};

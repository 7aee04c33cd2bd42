import BusinessIcon from '@mui/icons-material/Business';
import type { EntityType } from '../../api/domain/uscc';
import { EntityList } from './EntityList';
import { EntityEdit } from './EntityEdit';
import { EntityCreate } from './EntityCreate';
import { EntityShow } from './EntityShow';

export interface Entity {
  id: number;
  version: number;
  uscc: string;
  name: string;
  type: EntityType;
  district: string;
  address: string | null;
  legalRep: string | null;
  lineIds: number[];
  status: 'active' | 'cancelled' | 'revoked' | 'moved_out';
  changedOn: string;
  unitId: number;
  recordedOn: string;
  overdue: boolean;
}

export default {
  list: EntityList,
  edit: EntityEdit,
  create: EntityCreate,
  show: EntityShow,
  icon: BusinessIcon,
  recordRepresentation: (e: Entity) => e.name,
};

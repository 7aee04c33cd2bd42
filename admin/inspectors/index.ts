import type { Inspector } from '../records';
import BadgeIcon from '@mui/icons-material/Badge';
import { InspectorList } from './InspectorList';
import { InspectorEdit } from './InspectorEdit';
import { InspectorCreate } from './InspectorCreate';
import { InspectorShow } from './InspectorShow';

export default {
  list: InspectorList,
  edit: InspectorEdit,
  create: InspectorCreate,
  show: InspectorShow,
  icon: BadgeIcon,
  recordRepresentation: (i: Inspector) => i.name,
};

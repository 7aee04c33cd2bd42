import type { Inspector } from '../records';
import BadgeIcon from '@mui/icons-material/Badge';
import { lazyView } from '../common/lazyView';

const InspectorList = lazyView(() => import('./InspectorList'), 'InspectorList');
const InspectorEdit = lazyView(() => import('./InspectorEdit'), 'InspectorEdit');
const InspectorCreate = lazyView(() => import('./InspectorCreate'), 'InspectorCreate');
const InspectorShow = lazyView(() => import('./InspectorShow'), 'InspectorShow');

export default {
  list: InspectorList,
  edit: InspectorEdit,
  create: InspectorCreate,
  show: InspectorShow,
  icon: BadgeIcon,
  recordRepresentation: (i: Inspector) => i.name,
};

import type { Draw } from '../records';
import CasinoIcon from '@mui/icons-material/Casino';
import { lazyView } from '../common/lazyView';

const DrawList = lazyView(() => import('./DrawList'), 'DrawList');

export default {
  list: DrawList,
  icon: CasinoIcon,
  recordRepresentation: (d: Draw) => `${d.taskCode} #${d.id}`,
};

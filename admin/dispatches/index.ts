import type { Dispatch } from '../records';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { lazyView } from '../common/lazyView';

const DispatchList = lazyView(() => import('./DispatchList'), 'DispatchList');

export default {
  list: DispatchList,
  icon: MoveToInboxIcon,
  recordRepresentation: (d: Dispatch) => `#${d.id}`,
};

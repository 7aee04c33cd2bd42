import type { Replacement } from '../records';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { lazyView } from '../common/lazyView';

const ReplacementList = lazyView(() => import('./ReplacementList'), 'ReplacementList');

export default {
  list: ReplacementList,
  icon: SwapHorizIcon,
  recordRepresentation: (r: Replacement) => `#${r.id}`,
};

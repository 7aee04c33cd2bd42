import type { Replacement } from '../records';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { ReplacementList } from './ReplacementList';

export default {
  list: ReplacementList,
  icon: SwapHorizIcon,
  recordRepresentation: (r: Replacement) => `#${r.id}`,
};

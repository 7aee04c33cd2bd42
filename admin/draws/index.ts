import type { Draw } from '../records';
import CasinoIcon from '@mui/icons-material/Casino';
import { DrawList } from './DrawList';

export default {
  list: DrawList,
  icon: CasinoIcon,
  recordRepresentation: (d: Draw) => `${d.taskCode} #${d.id}`,
};

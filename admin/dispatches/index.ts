import type { Dispatch } from '../records';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { DispatchList } from './DispatchList';

export default {
  list: DispatchList,
  icon: MoveToInboxIcon,
  recordRepresentation: (d: Dispatch) => `#${d.id}`,
};

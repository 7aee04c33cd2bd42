import OutboxIcon from '@mui/icons-material/Outbox';
import { lazyView } from '../common/lazyView';

const OutboxList = lazyView(() => import('./OutboxList'), 'OutboxList');

export default { list: OutboxList, icon: OutboxIcon };

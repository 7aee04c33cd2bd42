import type { ItemPublication } from '../records';
import PublishedWithChangesIcon from '@mui/icons-material/PublishedWithChanges';
import { chinaDate } from '../../api/domain/workdays';
import { lazyView } from '../common/lazyView';

const ItemPublicationList = lazyView(() => import('./ItemPublicationList'), 'ItemPublicationList');
const ItemPublicationShow = lazyView(() => import('./ItemPublicationShow'), 'ItemPublicationShow');

export default {
  list: ItemPublicationList,
  show: ItemPublicationShow,
  icon: PublishedWithChangesIcon,
  recordRepresentation: (p: ItemPublication) => chinaDate(new Date(p.publishedAt)),
};

import type { ItemPublication } from '../records';
import PublishedWithChangesIcon from '@mui/icons-material/PublishedWithChanges';
import { chinaDate } from '../../api/domain/workdays';
import { ItemPublicationList } from './ItemPublicationList';
import { ItemPublicationShow } from './ItemPublicationShow';

export default {
  list: ItemPublicationList,
  show: ItemPublicationShow,
  icon: PublishedWithChangesIcon,
  recordRepresentation: (p: ItemPublication) => chinaDate(new Date(p.publishedAt)),
};

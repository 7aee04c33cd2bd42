import PublishedWithChangesIcon from '@mui/icons-material/PublishedWithChanges';
import { chinaDate } from '../../api/domain/workdays';
import type { Item } from '../items';
import { ItemPublicationList } from './ItemPublicationList';
import { ItemPublicationShow } from './ItemPublicationShow';

/** A unit's item list as published (§5.3): kept as it was, whatever changes later. */
export interface ItemPublication {
  id: number;
  unitId: number;
  publishedAt: string;
  publishedBy: number | null;
  publishedByName: string | null;
  itemCount: number;
  items: Item[];
}

export default {
  list: ItemPublicationList,
  show: ItemPublicationShow,
  icon: PublishedWithChangesIcon,
  recordRepresentation: (p: ItemPublication) => chinaDate(new Date(p.publishedAt)),
};

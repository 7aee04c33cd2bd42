import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ItemPublishButton } from './ItemPublishButton';

export const ItemListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ItemPublishButton />
  </TopToolbar>
);

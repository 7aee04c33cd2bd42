import { Link } from 'react-router-dom';
import HistoryIcon from '@mui/icons-material/History';
import { Button, CreateButton, FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { ItemPublishButton } from './ItemPublishButton';

/** The list's publications (清单发布记录) are reached from here rather than from the menu. */
const PublicationsButton = () => {
  const { canAccess } = useCanAccess({ action: 'list', resource: 'itemPublications' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to="/itemPublications" label="resources.itemPublications.name">
      <HistoryIcon />
    </Button>
  );
};

export const ItemListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ItemPublishButton />
    <PublicationsButton />
  </TopToolbar>
);

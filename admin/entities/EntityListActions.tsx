import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { LibraryExportButtons } from '../library/LibraryExportButtons';
import { LibraryImportButton } from '../library/LibraryImportButton';

export const EntityListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <LibraryImportButton resource="entities" />
    <LibraryExportButtons />
  </TopToolbar>
);

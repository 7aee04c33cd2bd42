import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { LibraryExportButtons } from '../library/LibraryExportButtons';
import { LibraryImportButton } from '../library/LibraryImportButton';

export const InspectorListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <LibraryImportButton resource="inspectors" />
    <LibraryExportButtons />
  </TopToolbar>
);

import { CreateButton, ExportButton, TopToolbar } from 'react-admin';
import { ProvinceImportButton } from './ProvinceImportButton';

/** The list's own buttons, and 导入省级任务 for the city's lead office. */
export const TaskListActions = () => (
  <TopToolbar>
    <ProvinceImportButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

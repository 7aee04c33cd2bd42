import { useLocaleState } from 'react-admin';
import { enUS, zhCN } from '@mui/x-data-grid/locales';

/** The data grid's own words (column menu, "no rows" …) in the admin's chosen language. */
export const useGridLocaleText = () => {
  const [locale] = useLocaleState();
  return (locale === 'zh' ? zhCN : enUS).components.MuiDataGrid.defaultProps.localeText;
};

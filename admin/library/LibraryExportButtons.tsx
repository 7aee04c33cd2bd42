import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useListContext, useTranslate } from 'react-admin';
import { API_URL } from '../providers/dataProvider';

/**
 * 导出: the whole filtered list, sorted as shown, as CSV or XLSX with the Chinese headers the import reads. A plain
 * download link: the server streams the file and the session cookie goes along (same origin).
 */
export const LibraryExportButtons = () => {
  const { filterValues, sort, resource, total } = useListContext();
  const translate = useTranslate();
  const href = (format: 'csv' | 'xlsx') =>
    `${API_URL}/${resource}/export?${new URLSearchParams({ format, filter: JSON.stringify(filterValues), sort: JSON.stringify([sort.field, sort.order]) })}`;
  return (
    <>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button key={format} size="small" startIcon={<DownloadIcon />} href={href(format)} download disabled={!total}>
          {translate(`qd.library.export.${format}`)}
        </Button>
      ))}
    </>
  );
};

import DownloadIcon from '@mui/icons-material/Download';
import { Button, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { DrawRecordSummary } from '../providers/drawMethods';
import type { QdDataProvider } from '../providers/dataProvider';

/**
 * The whole record as the API publishes it, for `npm run verify:draw -- <file>` or any SHA-256 tool. Fetched on
 * click: at city scale it is tens of megabytes, which no screen loads.
 */
export const DownloadRecordButton = () => {
  const record = useRecordContext<DrawRecordSummary>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  if (!record) return null;
  const download = async () => {
    try {
      const full = await dataProvider.downloadDrawRecord(record.drawId);
      const url = URL.createObjectURL(new Blob([JSON.stringify(full, null, 2)], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: `draw-${record.taskCode}-${record.drawId}.json` });
      a.click();
      URL.revokeObjectURL(url);
    } catch {
      notify('qd.draws.load_error', { type: 'error' });
    }
  };
  return (
    <Button label="qd.draws.download" onClick={download}>
      <DownloadIcon />
    </Button>
  );
};

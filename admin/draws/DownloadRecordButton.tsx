import DownloadIcon from '@mui/icons-material/Download';
import { Button, useRecordContext } from 'react-admin';
import type { FullDrawRecord } from '../providers/drawMethods';

/** The record as the API published it, for `npm run verify:draw -- <file>` or any SHA-256 tool. */
export const DownloadRecordButton = () => {
  const record = useRecordContext<FullDrawRecord>();
  if (!record) return null;
  const download = () => {
    const { id: _id, ...asPublished } = record;
    const url = URL.createObjectURL(new Blob([JSON.stringify(asPublished, null, 2)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `draw-${record.taskCode}-${record.drawId}.json` });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Button label="qd.draws.download" onClick={download}>
      <DownloadIcon />
    </Button>
  );
};

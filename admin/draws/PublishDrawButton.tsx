import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import PublicIcon from '@mui/icons-material/Public';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import type { DrawRecordSummary } from '../providers/drawMethods';

/** 公开 (一公开): the office's head makes the record readable by anyone at /api/public/draws/:id. */
export const PublishDrawButton = () => {
  const draw = useRecordContext<DrawRecordSummary>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'publish', resource: 'draws', record: draw });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  // A voided record stays visible to staff with its reason, but there is nothing valid to publish.
  if (!draw || draw.published || draw.status === 'voided' || !canAccess) return null;

  const publish = async () => {
    setBusy(true);
    try {
      await dataProvider.publishDraw(draw.drawId);
      notify('qd.draws.publish.done', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label="qd.draws.publish.button" onClick={() => setOpen(true)}>
        <PublicIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.draws.publish.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('qd.draws.publish.confirm')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="qd.draws.publish.button" variant="contained" onClick={publish} disabled={busy} />
        </DialogActions>
      </Dialog>
    </>
  );
};

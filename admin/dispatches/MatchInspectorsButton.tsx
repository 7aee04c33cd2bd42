import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import GroupsIcon from '@mui/icons-material/Groups';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import { DrawFailedAlert } from '../tasks/DrawFailedAlert';
import { drawFailure } from '../tasks/drawFailure';
import type { Dispatch } from '../records';

/** 匹配执法人员 (§9.2.1): once received, the district draws teams from its own inspectors for its share (QD-DRAW-2). */
export const MatchInspectorsButton = () => {
  const dispatch = useRecordContext<Dispatch>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'draw', resource: 'dispatches', record: dispatch });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [unstaffed, setUnstaffed] = useState<Record<string, string>>();
  if (!dispatch || dispatch.status !== 'received' || !canAccess) return null;

  const close = () => {
    setOpen(false);
    setUnstaffed(undefined);
  };
  const match = async () => {
    setBusy(true);
    try {
      const result = await dataProvider.matchDispatch(dispatch.id);
      notify('qd.dispatches.match.done', { type: 'success', messageArgs: { n: result.teamCount } });
      close();
      refresh();
    } catch (error) {
      const failure = drawFailure(error);
      if (failure) setUnstaffed(failure);
      else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label="qd.dispatches.match.button"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <GroupsIcon />
      </Button>
      <Dialog open={open} onClose={close} onClick={(e) => e.stopPropagation()} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.dispatches.match.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('qd.dispatches.match.confirm', { n: dispatch.entityCount })}</DialogContentText>
          {unstaffed && <DrawFailedAlert unstaffed={unstaffed} />}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button label="qd.dispatches.match.button" variant="contained" onClick={match} disabled={busy || unstaffed != null} />
        </DialogActions>
      </Dialog>
    </>
  );
};

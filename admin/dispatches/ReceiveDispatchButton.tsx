import { useState, type MouseEvent } from 'react';
import InboxIcon from '@mui/icons-material/MoveToInbox';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Dispatch } from '../records';

/** 查收 (§9.1.1): the district acknowledges the share sent to it. */
export const ReceiveDispatchButton = () => {
  const dispatch = useRecordContext<Dispatch>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'receive', resource: 'dispatches', record: dispatch });
  const [busy, setBusy] = useState(false);
  if (!dispatch || dispatch.status !== 'sent' || !canAccess) return null;

  const receive = async (event: MouseEvent) => {
    event.stopPropagation();
    setBusy(true);
    try {
      await dataProvider.receiveDispatch(dispatch.id);
      notify('qd.dispatches.receive.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="qd.dispatches.receive.button" onClick={receive} disabled={busy}>
      <InboxIcon />
    </Button>
  );
};

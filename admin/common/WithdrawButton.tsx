import { useState } from 'react';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, Confirm, useGetIdentity, useNotify, useRecordContext, useRefresh } from 'react-admin';

/**
 * 撤回: the requester takes back its own request while it is pending (a plan adjustment, a replacement request),
 * after a confirmation. `withdraw` calls the API; the list refreshes.
 */
export const WithdrawButton = ({
  requesterField,
  withdraw,
  confirmKey,
}: {
  requesterField: string;
  withdraw: (id: number) => Promise<unknown>;
  confirmKey: string;
}) => {
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'pending' || !identity || Number(identity.id) !== record[requesterField]) return null;
  const confirm = async () => {
    setBusy(true);
    try {
      await withdraw(Number(record.id));
      notify('qd.requests.withdrawn', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        label="qd.requests.withdraw"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        disabled={busy}
      >
        <UndoIcon />
      </Button>
      <Confirm isOpen={open} loading={busy} title="qd.requests.withdraw_title" content={confirmKey} onConfirm={confirm} onClose={() => setOpen(false)} />
    </>
  );
};

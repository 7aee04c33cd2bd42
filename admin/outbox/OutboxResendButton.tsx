import { Button } from '@mui/material';
import { useCanAccess, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import { actionSubmit } from '../common/actionSubmit';
import { useActionNotify } from '../common/useActionNotify';
import type { OutboxMessage } from '../records';

/** 重新发送: a dead letter goes back in the queue with its tries starting over; only on failed messages. */
export const OutboxResendButton = () => {
  const m = useRecordContext<OutboxMessage>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'resend', resource: 'outbox', record: m });
  if (!m || m.state !== 'failed' || !canAccess) return null;
  const run = actionSubmit(notify, () => dataProvider.resendOutboxMessage(m.id), 'qd.outside.resend.done', refresh);
  return (
    <Button
      size="small"
      variant="outlined"
      sx={{ whiteSpace: 'nowrap' }}
      onClick={(e) => {
        e.stopPropagation();
        void run({});
      }}
    >
      {translate('qd.outside.resend.button')}
    </Button>
  );
};

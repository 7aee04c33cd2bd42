import { useRecordContext } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { OutboxMessage } from '../records';

/** When the message is tried next: only while it waits (待发送); a delivered or failed one has no next try. */
export const OutboxNextTryField = () => {
  const m = useRecordContext<OutboxMessage>();
  if (!m || m.state !== 'pending') return null;
  return <LocaleDateField source="nextTryAt" />;
};

import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { OutboxMessage } from '../records';

const COLORS = { pending: 'default', sending: 'info', delivered: 'success', failed: 'error' } as const;

/** 待发送 / 发送中 / 已送达 / 失败. */
export const OutboxStateField = () => {
  const m = useRecordContext<OutboxMessage>();
  const translate = useTranslate();
  if (!m) return null;
  return <Chip size="small" color={COLORS[m.state]} label={translate(`qd.outside.states.${m.state}`)} />;
};

import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Dispatch } from '../records';

const COLORS = { sent: 'warning', received: 'info', matched: 'success', voided: 'default' } as const;

export const DispatchStatusField = () => {
  const d = useRecordContext<Dispatch>();
  const translate = useTranslate();
  if (!d) return null;
  return <Chip size="small" color={COLORS[d.status]} label={translate(`qd.dispatches.statuses.${d.status}`)} />;
};

import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Replacement } from '../records';

const COLORS = { pending: 'warning', approved: 'success', rejected: 'default', withdrawn: 'default' } as const;

export const ReplacementStatusField = () => {
  const r = useRecordContext<Replacement>();
  const translate = useTranslate();
  if (!r) return null;
  return <Chip size="small" color={COLORS[r.status]} label={translate(`qd.replacements.statuses.${r.status}`)} />;
};

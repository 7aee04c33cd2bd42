import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Archive } from '../records';

const COLORS = { inStock: 'success', onLoan: 'warning', transferred: 'default' } as const;

/** 在库 / 借出 / 已移交. */
export const ArchiveStatusField = () => {
  const a = useRecordContext<Archive>();
  const translate = useTranslate();
  if (!a) return null;
  return <Chip size="small" color={COLORS[a.status]} label={translate(`qd.archives.statuses.${a.status}`)} />;
};

import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ArchiveChange } from '../records';

const COLORS = { pending: 'warning', approved: 'success', rejected: 'default' } as const;

/** 待审定 / 已审定 / 已驳回. */
export const ChangeStatusField = () => {
  const c = useRecordContext<ArchiveChange>();
  const translate = useTranslate();
  if (!c) return null;
  return <Chip size="small" color={COLORS[c.status]} label={translate(`qd.archiveChanges.statuses.${c.status}`)} />;
};

import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { LineDiff } from '../../api/domain/plans';

const COLORS = { added: 'success', removed: 'error', changed: 'warning' } as const;

/** 新增 / 删除 / 修改. */
export const LineDiffKindField = () => {
  const diff = useRecordContext<LineDiff>();
  const translate = useTranslate();
  if (!diff) return null;
  return <Chip size="small" variant="outlined" color={COLORS[diff.kind]} label={translate(`qd.plans.diff.kinds.${diff.kind}`)} />;
};

import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { OutsideSystem } from '../records';

/** 由环境变量 OUTSIDE_<NAME>_TOKEN 提供, and whether the server has it: the value itself never leaves the server. */
export const OutsideSystemTokenField = () => {
  const s = useRecordContext<OutsideSystem>();
  const translate = useTranslate();
  if (!s) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2">{translate('qd.outside.token', { variable: s.tokenVariable })}</Typography>
      <Chip
        size="small"
        variant="outlined"
        color={s.tokenSet ? 'success' : 'default'}
        label={translate(s.tokenSet ? 'qd.outside.token_set' : 'qd.outside.token_unset')}
      />
    </Stack>
  );
};

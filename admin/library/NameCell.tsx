import { Box, Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A name in a library grid, marked 重名 when another record of its district (unit) bears the same name. */
export const NameCell = ({ name, namesakes, hintKey }: { name: string; namesakes?: number; hintKey: string }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, minWidth: 0, maxWidth: '100%' }}>
      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {name}
      </Box>
      {namesakes && (
        <Tooltip title={translate(hintKey, { n: namesakes })}>
          <Chip size="small" color="warning" variant="outlined" label={translate('qd.library.same_name')} sx={{ height: 20, flexShrink: 0 }} />
        </Tooltip>
      )}
    </Box>
  );
};

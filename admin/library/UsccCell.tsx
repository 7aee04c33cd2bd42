import { Box, Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useTranslate } from 'react-admin';
import { usccFitsType, type EntityType } from '../../api/domain/uscc';

/** The code in monospace, with a warning sign when its prefix does not fit the entity's type (a hint, not an error). */
export const UsccCell = ({ uscc, type }: { uscc: string; type: EntityType }) => {
  const translate = useTranslate();
  const fits = usccFitsType(uscc, type);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontFamily: 'monospace' }}>
      {uscc}
      {!fits && (
        <Tooltip title={translate('qd.library.uscc.type_mismatch', { prefix: uscc.slice(0, 2), type: translate(`qd.library.entity_types.${type}`) })}>
          <WarningAmberIcon color="warning" fontSize="small" data-testid="uscc-type-warning" />
        </Tooltip>
      )}
    </Box>
  );
};

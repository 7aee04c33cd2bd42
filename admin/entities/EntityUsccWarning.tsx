import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { checkUscc, usccFitsType, type EntityType } from '../../api/domain/uscc';

/** A valid code whose first two characters are unusual for the chosen type: worth a second look, not a refusal. */
export const EntityUsccWarning = () => {
  const translate = useTranslate();
  const [uscc, type] = useWatch({ name: ['uscc', 'type'] }) as [string | undefined, EntityType | undefined];
  const code = (uscc ?? '').trim().toUpperCase();
  if (!type || checkUscc(code) || usccFitsType(code, type)) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, maxWidth: 640 }} data-testid="uscc-type-warning">
      {translate('qd.library.uscc.type_mismatch', { prefix: code.slice(0, 2), type: translate(`qd.library.entity_types.${type}`) })}
    </Alert>
  );
};

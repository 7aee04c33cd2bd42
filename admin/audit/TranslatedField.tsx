import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** A code shown through the translations under `prefix` (qd.audit.actions.update → 修改), as recorded when unknown. */
export const TranslatedField = ({ prefix, ...props }: FieldProps & { prefix: string }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value === null || value === undefined) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`${prefix}.${value}`, { _: String(value) })}
    </Typography>
  );
};

import { Box } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** A JSON value (a record before or after a change), pretty-printed. */
export const JsonField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value === null || value === undefined) return <span>{translate('qd.audit.none')}</span>;
  return (
    <Box component="pre" sx={{ m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, fontSize: '0.75rem', overflowX: 'auto', maxWidth: '100%' }}>
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};

import { Typography } from '@mui/material';
import { SelectField, useRecordContext } from 'react-admin';
import type { Result } from '../records';
import { CATEGORY_CHOICES } from './choices';
import { ShowLink } from '../common/ShowLink';
import { LocaleDateField } from '../common/LocaleDateField';

/** On a phone, one cell for what the wide list spreads over four: the entity, then task code · result · date entered. */
export const ResultSummaryField = () => {
  const r = useRecordContext<Result>();
  if (!r) return null;
  return (
    <>
      <Typography variant="body2">
        <ShowLink source="entityName" />
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {r.taskCode} · <SelectField source="category" choices={CATEGORY_CHOICES} variant="caption" /> ·{' '}
        <LocaleDateField showTime={false} source="enteredOn" variant="caption" />
      </Typography>
    </>
  );
};

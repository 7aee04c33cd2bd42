import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useRecordContext, useTranslate } from 'react-admin';
import type { LineDiff } from '../../api/domain/plans';
import { PlanLineValue } from '../planLines/PlanLineValue';

/** What a whole added or removed line says. */
const SUMMARY_FIELDS = ['departmentId', 'ratioBp', 'count', 'frequency', 'windowStart', 'windowEnd', 'method', 'joint', 'note'];

const Labelled = ({ field, children }: { field: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      <Typography component="span" variant="body2" color="text.secondary">
        {translate(`resources.planLines.fields.${field}`)}:
      </Typography>
      {children}
    </Box>
  );
};

/** A difference's details: for a changed line each field before → after; for an added or removed line its content. */
export const LineChanges = () => {
  const diff = useRecordContext<LineDiff>();
  if (!diff) return null;
  if (diff.kind === 'changed') {
    return (
      <Stack spacing={0.5}>
        {diff.changes.map((c) => (
          <Labelled key={c.field} field={c.field}>
            <Box component="span" sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
              <PlanLineValue field={c.field} value={c.before} />
            </Box>
            <ArrowForwardIcon fontSize="inherit" />
            <Box component="span" sx={{ fontWeight: 600 }} data-testid={`after-${c.field}`}>
              <PlanLineValue field={c.field} value={c.after} />
            </Box>
          </Labelled>
        ))}
      </Stack>
    );
  }
  const line = diff.kind === 'added' ? diff.after : diff.before;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
      {SUMMARY_FIELDS.filter((f) => line[f] !== null && line[f] !== undefined).map((f) => (
        <Labelled key={f} field={f}>
          <PlanLineValue field={f} value={line[f]} />
        </Labelled>
      ))}
    </Stack>
  );
};

import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { ReplacementCandidates } from './ReplacementCandidates';
import type { Replacement } from '../records';

/** The head's decision (when, and the note given) above the replacement draw's candidates. */
export const ReplacementDecision = () => {
  const r = useRecordContext<Replacement>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Box sx={{ p: 1 }}>
      {r.decidedAt && (
        <Typography variant="body2" sx={{ px: 1 }}>
          {translate(`qd.replacements.decided.${r.status === 'approved' ? 'approved' : 'rejected'}`, {
            reason: r.decisionReason || translate('qd.replacements.decided.no_note'),
          })}
          {' · '}
          <LocaleDateField source="decidedAt" />
        </Typography>
      )}
      <ReplacementCandidates />
    </Box>
  );
};

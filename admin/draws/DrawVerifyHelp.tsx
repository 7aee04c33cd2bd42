import { Box, LinearProgress, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { DrawRecordSummary } from '../providers/drawMethods';
import type { QdDataProvider } from '../providers/dataProvider';

// The in-browser verifier (the public portal's too) and its worker load only with a draw's page.
const VerifyPanel = lazy(() => import('../../portal/verify/VerifyPanel').then((m) => ({ default: m.VerifyPanel })));

const code = {
  fontFamily: 'monospace',
  fontSize: '0.8125rem',
  bgcolor: 'action.hover',
  borderRadius: 1,
  px: 1.5,
  py: 1,
  // A command wraps, anywhere in its hashes, rather than running out of its box with large text.
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
} as const;

/**
 * Checking the draw: first in the browser (VerifyPanel recomputes the whole record, fetched on "验证" as
 * DownloadRecordButton does), then how anyone recomputes it from the record with SHA-256 alone (DRAW-SPEC §1–§6).
 */
export const DrawVerifyHelp = () => {
  const record = useRecordContext<DrawRecordSummary>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const translate = useTranslate();
  if (!record) return null;
  const loadRecord = () => dataProvider.downloadDrawRecord(record.drawId);
  const source = record.published ? `${window.location.origin}/api/public/draws/${record.drawId}` : `draw-${record.taskCode}-${record.drawId}.json`;
  const first = record.firstSelected;
  return (
    <Box>
      <Suspense fallback={<LinearProgress />}>
        <VerifyPanel record={loadRecord} />
      </Suspense>
      <Typography variant="subtitle2" gutterBottom sx={{ mt: 2 }}>
        {translate('qd.draws.verify.title')}
      </Typography>
      <Typography variant="body2" component="ol" sx={{ pl: 2.5, my: 0 }}>
        <li>{translate('qd.draws.verify.seed')}</li>
        <li>{translate('qd.draws.verify.scores')}</li>
        {record.teamCount > 0 && <li>{translate('qd.draws.verify.teams')}</li>}
        {record.replacements.length > 0 && <li>{translate('qd.draws.verify.replacements')}</li>}
        <li>{translate(record.published ? 'qd.draws.verify.command_public' : 'qd.draws.verify.command_file')}</li>
      </Typography>
      {/* A record drawn from a commitment (DRAW-SPEC §1a) is checked against the announcement made before the draw too. */}
      <Box sx={{ ...code, mt: 1 }}>
        {`npm run verify:draw -- ${source}${record.commitment ? ` ${window.location.origin}/api/public/commitments/${encodeURIComponent(record.taskCode)}` : ''}`}
      </Box>
      {first && (
        <>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('qd.draws.verify.by_hand')}
          </Typography>
          <Box sx={{ ...code, mt: 1 }}>{`printf '%s:%s' ${record.seed} ${first} | sha256sum`}</Box>
        </>
      )}
    </Box>
  );
};

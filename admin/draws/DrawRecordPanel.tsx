import { Alert, Box, Card, CardContent, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { RecordContextProvider, useTranslate, type Identifier } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { DrawRecordSummary } from '../providers/drawMethods';
import { DownloadRecordButton } from './DownloadRecordButton';
import { DrawChips } from './DrawChips';
import { DrawReplacements } from './DrawReplacements';
import { DrawVerifyHelp } from './DrawVerifyHelp';
import { PublishDrawButton } from './PublishDrawButton';
import { VoidDrawButton } from './VoidDrawButton';
import { useDrawRecord } from './useDrawRecord';

const hash = { fontFamily: 'monospace', fontSize: '0.8125rem', wordBreak: 'break-all' } as const;

/** One value of the record under its label; hashes in monospace so they can be compared digit by digit. */
const DrawFact = ({ label, value, mono }: { label: string; value: ReactNode; mono?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body2" sx={mono ? hash : undefined}>
        {value}
      </Typography>
    </Box>
  );
};

/** Per stratum: candidates in the pool and the quota drawn (DRAW-SPEC §2–§3). */
const QuotaTable = ({ record }: { record: DrawRecordSummary }) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ width: 'auto' }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('qd.draws.preview.stratum')}</TableCell>
          <TableCell align="right">{translate('qd.draws.preview.candidates')}</TableCell>
          <TableCell align="right">{translate('qd.draws.preview.quota')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {Object.entries(record.quotas).map(([stratum, quota]) => (
          <TableRow key={stratum}>
            <TableCell>{stratum}</TableCell>
            <TableCell align="right">{record.candidates[stratum] ?? 0}</TableCell>
            <TableCell align="right">{quota}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * One QD-DRAW-2 record: its status (a voided record stays, with its reason), the values that make it recomputable
 * (seed, nonce, public source, pool hash, quotas), its approved replacements, how to verify it, and the head's void
 * and publish actions. A summary: the lists themselves are in the downloaded record.
 */
export const DrawRecordPanel = ({ drawId, taskStatus }: { drawId: Identifier; taskStatus?: string }) => {
  const translate = useTranslate();
  const { data: record, error } = useDrawRecord(drawId);
  if (error) return <Alert severity="error">{translate('qd.draws.load_error')}</Alert>;
  if (!record) return <LinearProgress />;
  const ratio = record.ratioBp != null ? `${record.ratioBp / 100}%` : translate('qd.tasks.count_n', { n: record.count });
  return (
    <RecordContextProvider value={record}>
      <Card variant="outlined" sx={{ mb: 2, borderColor: record.status === 'voided' ? 'error.light' : undefined }} data-testid={`draw-${record.drawId}`}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="subtitle1">{translate('qd.draws.record_title', { id: record.drawId })}</Typography>
            <DrawChips />
            <Typography variant="body2" color="text.secondary">
              <LocaleDateField source="drawnAt" />
            </Typography>
            <Box sx={{ flex: 1 }} />
            <DownloadRecordButton />
            <PublishDrawButton />
            <VoidDrawButton taskStatus={taskStatus} />
          </Stack>
          {record.status === 'voided' && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('qd.draws.voided_because', { reason: record.voidReason ?? '' })}
              {' · '}
              <LocaleDateField source="voidedAt" />
            </Alert>
          )}
          {/* The facts and the quota table side by side where both have room for their text (in rem), else one above the other. */}
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
            <Box sx={{ flex: '2 1 24rem', minWidth: 0 }}>
              <Stack spacing={1}>
                <DrawFact label="resources.draws.fields.seed" value={record.seed} mono />
                <DrawFact label="resources.draws.fields.nonce" value={record.nonce} mono />
                <DrawFact label="resources.draws.fields.publicSource" value={record.publicSource || translate('qd.draws.no_public_source')} />
                <DrawFact label="resources.draws.fields.poolHash" value={record.poolHash} mono />
                {record.commitment && (
                  <>
                    <DrawFact label="qd.commitments.facts.commitment" value={record.commitment} mono />
                    <DrawFact label="qd.commitments.facts.inspectorPoolHash" value={record.inspectorPoolHash} mono />
                    <DrawFact label="qd.commitments.facts.committedAt" value={<LocaleDateField source="committedAt" />} />
                  </>
                )}
                <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
                  <DrawFact label="resources.draws.fields.algorithm" value={record.algorithm} />
                  <DrawFact label="resources.draws.fields.poolSize" value={record.poolSize} />
                  <DrawFact label="resources.draws.fields.ratio" value={ratio} />
                  <DrawFact label="resources.draws.fields.selectedCount" value={record.selectedCount} />
                  {record.kind !== 'entities' && <DrawFact label="resources.draws.fields.teamSize" value={record.teamSize} />}
                  {record.kind !== 'entities' && <DrawFact label="resources.draws.fields.replacementCount" value={record.replacements.length} />}
                </Stack>
              </Stack>
            </Box>
            <Box sx={{ flex: '1 1 14rem', minWidth: 0, overflowX: 'auto' }}>
              <QuotaTable record={record} />
            </Box>
          </Box>
          {record.replacements.length > 0 && (
            <Box sx={{ mb: 2 }}>
              <DrawReplacements />
            </Box>
          )}
          <DrawVerifyHelp />
        </CardContent>
      </Card>
    </RecordContextProvider>
  );
};

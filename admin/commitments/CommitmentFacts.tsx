import { Box, Chip, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Commitment } from '../records';
import { VoidCommitmentButton } from './VoidCommitmentButton';

const mono = { fontFamily: 'monospace', fontSize: '0.8125rem', wordBreak: 'break-all' } as const;

const Fact = ({ label, children, code }: { label: string; children: ReactNode; code?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div" sx={code ? mono : undefined}>
        {children}
      </Typography>
    </Box>
  );
};

/** The public announcement of one commitment (DRAW-SPEC §1a): hashes, the source named in advance, when, and its link to share. */
export const CommitmentFacts = ({ commitment, publicUrl }: { commitment: Commitment; publicUrl: string }) => {
  const translate = useTranslate();
  const c = commitment;
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip
          size="small"
          color={c.status === 'voided' ? 'default' : 'secondary'}
          variant={c.status === 'voided' ? 'outlined' : 'filled'}
          label={translate(`qd.commitments.statuses.${c.status}`)}
        />
        <VoidCommitmentButton commitment={c} />
      </Stack>
      {c.status === 'voided' && (
        <Fact label="resources.commitments.fields.voidReason">
          {c.voidReason} (<LocaleDateField record={c} source="voidedAt" />)
        </Fact>
      )}
      <Fact label="qd.commitments.facts.commitment" code>
        {c.commitment}
      </Fact>
      <Fact label="qd.commitments.facts.poolHash" code>
        {c.poolHash}
      </Fact>
      <Fact label="qd.commitments.facts.inspectorPoolHash" code>
        {c.inspectorPoolHash}
      </Fact>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Fact label="qd.commitments.facts.source">
          {c.publicSourceNote}，{c.publicSourceDate}
        </Fact>
        <Fact label="qd.commitments.facts.committedAt">
          <LocaleDateField record={c} source="committedAt" />
        </Fact>
        <Fact label="qd.commitments.facts.committedBy">{c.committedByName}</Fact>
        <Fact label="qd.commitments.facts.pools">
          {translate('qd.commitments.facts.pools_value', { poolSize: c.poolSize, inspectorCount: c.inspectorCount })}
        </Fact>
      </Stack>
      <Fact label="qd.commitments.share">
        <Link href={publicUrl} target="_blank" rel="noopener" sx={mono}>
          {publicUrl}
        </Link>
      </Fact>
    </Stack>
  );
};

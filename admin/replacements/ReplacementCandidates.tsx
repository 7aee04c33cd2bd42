import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetMany, useRecordContext, useTranslate } from 'react-admin';
import type { Inspector, Replacement } from '../records';

/**
 * Who could have replaced the inspector (DRAW-SPEC §6): the group with the fewest slots, by id; the one chosen is
 * at index u(seed:entity:r<n>) mod its size, which anyone holding the draw record can recompute.
 */
export const ReplacementCandidates = () => {
  const r = useRecordContext<Replacement>();
  const translate = useTranslate();
  const ids = (r?.candidates ?? []).map((c) => Number(c.id));
  const { data: inspectors = [] } = useGetMany<Inspector>('inspectors', { ids }, { enabled: ids.length > 0 });
  if (!r || r.status === 'rejected') return null;
  if (!r.candidates?.length)
    return (
      <Typography variant="body2" sx={{ p: 1 }}>
        {translate(r.status === 'pending' ? 'qd.replacements.candidates.pending' : 'qd.replacements.candidates.none')}
      </Typography>
    );
  const nameOf = new Map(inspectors.map((i) => [String(i.id), i.name]));
  return (
    <Box sx={{ p: 1 }}>
      <Typography variant="body2" gutterBottom>
        {translate('qd.replacements.candidates.intro', { n: r.n ?? 1 })}
      </Typography>
      <Table size="small" sx={{ width: 'auto' }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('qd.replacements.candidates.rank')}</TableCell>
            <TableCell>{translate('qd.replacements.candidates.inspector')}</TableCell>
            <TableCell align="right">{translate('qd.replacements.candidates.load')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {r.candidates.map((c, i) => (
            <TableRow key={c.id} selected={Number(c.id) === r.replacementInspectorId}>
              <TableCell>{i + 1}</TableCell>
              <TableCell>{nameOf.get(c.id) ?? `#${c.id}`}</TableCell>
              <TableCell align="right">{c.load}</TableCell>
              <TableCell>{Number(c.id) === r.replacementInspectorId ? translate('qd.replacements.candidates.chosen') : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

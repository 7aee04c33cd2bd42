import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetMany, useRecordContext, useTranslate } from 'react-admin';
import type { Inspector } from '../records';
import type { DrawRecordSummary } from '../providers/drawMethods';

/** The record's approved replacements in the order approved (DRAW-SPEC §6, §7): who left, who was drawn, the n-th for the entity. */
export const DrawReplacements = () => {
  const record = useRecordContext<DrawRecordSummary>();
  const translate = useTranslate();
  const ids = [...new Set(record?.replacements.flatMap((r) => [Number(r.replaced), Number(r.replacement)]) ?? [])];
  const { data: inspectors = [] } = useGetMany<Inspector>('inspectors', { ids }, { enabled: ids.length > 0 });
  if (!record?.replacements.length) return null;
  const nameOf = (id: string) => inspectors.find((i) => String(i.id) === id)?.name ?? `#${id}`;
  return (
    <>
      <Typography variant="subtitle2" gutterBottom>
        {translate('qd.draws.replacements.title')}
      </Typography>
      <Table size="small" sx={{ width: 'auto' }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.assignments.fields.uscc')}</TableCell>
            <TableCell align="right">{translate('qd.draws.replacements.n')}</TableCell>
            <TableCell>{translate('qd.replacements.swap')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.replacements.map((r, i) => (
            <TableRow key={i}>
              <TableCell>{r.entityId}</TableCell>
              <TableCell align="right">{r.n}</TableCell>
              <TableCell>{`${nameOf(r.replaced)} → ${nameOf(r.replacement)}`}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};

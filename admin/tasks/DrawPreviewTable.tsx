import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DrawPreview } from '../providers/drawMethods';

/** Per district: the candidates in the pool, the quota to draw and, unless dispatched, the inspectors who can go. */
export const DrawPreviewTable = ({ preview }: { preview: DrawPreview }) => {
  const translate = useTranslate();
  const total = preview.strata.reduce((n, s) => n + s.quota, 0);
  const short = (eligible: number | null) => eligible != null && eligible < preview.teamSize;
  return (
    <Table size="small" aria-label={translate('qd.draws.preview.table')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('qd.draws.preview.stratum')}</TableCell>
          <TableCell align="right">{translate('qd.draws.preview.candidates')}</TableCell>
          <TableCell align="right">{translate('qd.draws.preview.quota')}</TableCell>
          {!preview.dispatch && <TableCell align="right">{translate('qd.draws.preview.inspectors')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.strata.map((s) => (
          <TableRow key={s.stratum}>
            <TableCell>{s.stratum}</TableCell>
            <TableCell align="right">{s.candidates}</TableCell>
            <TableCell align="right">{s.quota}</TableCell>
            {!preview.dispatch && (
              <TableCell align="right" sx={short(s.eligibleInspectors) ? { color: 'error.main', fontWeight: 'bold' } : undefined}>
                {s.eligibleInspectors}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell>{translate('qd.draws.preview.total')}</TableCell>
          <TableCell align="right">{preview.poolSize}</TableCell>
          <TableCell align="right">{total}</TableCell>
          {!preview.dispatch && <TableCell />}
        </TableRow>
      </TableFooter>
    </Table>
  );
};

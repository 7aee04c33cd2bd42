import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useTranslate } from 'react-admin';
import type { ImportReport } from '../providers/libraryMethods';
import { csvBlob, download } from './libraryFiles';

const SHOWN = 100;

/** The outcome of checking (or importing) a file: counts, and each error by row, column and reason. */
export const ImportReportView = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  const counts = [
    ['total', report.total],
    ['created', report.created],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['error_count', report.errorCount],
  ] as const;
  const downloadErrors = () =>
    download(
      csvBlob([
        [translate('qd.library.import.row'), translate('qd.library.import.column'), translate('qd.library.import.message')],
        ...report.errors.map((e) => [e.row, e.column, e.message]),
      ]),
      `${translate('qd.library.import.errors_file')}.csv`,
    );
  return (
    <Box data-testid="import-report">
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', my: 1 }}>
        {counts.map(([key, n]) => (
          <Chip key={key} label={`${translate(`qd.library.import.${key}`)} ${n}`} color={key === 'error_count' && n ? 'error' : 'default'} variant="outlined" />
        ))}
      </Stack>
      {report.errorCount ? (
        <>
          <Alert severity="error" sx={{ my: 1 }}>
            {translate('qd.library.import.has_errors', { smart_count: report.errorCount })}
          </Alert>
          <Table size="small" data-testid="import-errors">
            <TableHead>
              <TableRow>
                <TableCell>{translate('qd.library.import.row')}</TableCell>
                <TableCell>{translate('qd.library.import.column')}</TableCell>
                <TableCell>{translate('qd.library.import.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.errors.slice(0, SHOWN).map((e, i) => (
                <TableRow key={i}>
                  <TableCell>{e.row}</TableCell>
                  <TableCell>{e.column}</TableCell>
                  <TableCell>{e.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mt: 1 }}>
            <span>{report.errors.length > SHOWN ? translate('qd.library.import.shown', { count: SHOWN }) : null}</span>
            <Button label="qd.library.import.download_errors" onClick={downloadErrors}>
              <DownloadIcon />
            </Button>
          </Box>
        </>
      ) : (
        <Alert severity="success" sx={{ my: 1 }}>
          {translate('qd.library.import.passed')}
        </Alert>
      )}
    </Box>
  );
};

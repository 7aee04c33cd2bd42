import { useState, type ChangeEvent } from 'react';
import { Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/Download';
import DoneIcon from '@mui/icons-material/Done';
import { Button, useDataProvider, useGetResourceLabel, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import type { ImportReport, LibraryResource } from '../providers/libraryMethods';
import { IMPORT_HEADERS, csvBlob, download, xlsxTemplate } from './libraryFiles';
import { ImportReportView } from './ImportReportView';

/**
 * Import in two steps: the chosen file is checked at once (a dry run that stores nothing), the report shows what
 * would happen and every error; only a clean file can then be imported, all rows or none.
 */
export const LibraryImportDialog = ({ resource, open, onClose }: { resource: LibraryResource; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const name = useGetResourceLabel()(resource, 2);
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setFile(null);
    setReport(null);
    onClose();
  };

  const run = async (chosen: File, dryRun: boolean) => {
    setBusy(true);
    try {
      const result = await dataProvider.importLibrary(resource, chosen, dryRun);
      setReport(result);
      if (!dryRun && !result.errorCount) {
        notify('qd.library.import.done', { type: 'success', messageArgs: { created: result.created, updated: result.updated, unchanged: result.unchanged } });
        close();
        refresh();
      } else if (!dryRun) {
        notify('qd.library.import.failed', { type: 'error' });
      }
    } catch (error) {
      setReport(null);
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setFile(chosen);
    setReport(null);
    void run(chosen, true);
  };

  const headers = IMPORT_HEADERS[resource];
  return (
    <Dialog open={open} onClose={busy ? undefined : close} maxWidth="md" fullWidth>
      <DialogTitle>{`${translate('qd.library.import.title')} · ${name}`}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('qd.library.import.intro')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {headers.join(' | ')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <Button label="qd.library.import.template_csv" onClick={() => download(csvBlob([headers]), `${name}.csv`)}>
            <DownloadIcon />
          </Button>
          <Button label="qd.library.import.template_xlsx" onClick={async () => download(await xlsxTemplate(headers, name), `${name}.xlsx`)}>
            <DownloadIcon />
          </Button>
          <Box sx={{ flex: 1 }} />
          <MuiButton component="label" variant="contained" size="small" startIcon={<UploadFileIcon />} disabled={busy}>
            {translate('qd.library.import.choose')}
            <input hidden type="file" accept=".csv,.xlsx" onChange={choose} data-testid="import-file" />
          </MuiButton>
        </Box>
        <Typography variant="body2" sx={{ mt: 1 }}>
          {file ? file.name : translate('qd.library.import.no_file')}
        </Typography>
        {busy && <LinearProgress sx={{ my: 1 }} />}
        {report && <ImportReportView report={report} />}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={close} disabled={busy} />
        <Button
          label="qd.library.import.confirm"
          variant="contained"
          onClick={() => file && run(file, false)}
          disabled={busy || !file || !report || report.errorCount > 0}
        >
          <DoneIcon />
        </Button>
      </DialogActions>
    </Dialog>
  );
};

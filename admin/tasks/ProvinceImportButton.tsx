import { useState, type ChangeEvent } from 'react';
import { Alert, Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import CloudDownloadIcon from '@mui/icons-material/CloudDownload';
import { Button, HttpError, useCanAccess, useDataProvider, useRefresh, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import type { ImportAnswer } from '../providers/provinceMethods';
import { PROVINCE_COLUMNS } from '../../api/domain/provinceTasks';
import { ProvinceImportAnswer } from './ProvinceImportAnswer';

interface Refusal {
  message: string;
  problems: string[];
}

const refusalOf = (error: unknown, translate: (key: string) => string): Refusal => {
  const body = error instanceof HttpError ? (error.body as { problems?: { row: number; field: string; message: string }[] } | undefined) : undefined;
  return {
    message: error instanceof Error ? translate(error.message) : translate('ra.notification.http_error'),
    problems: (body?.problems ?? []).map((p) => `${p.row} · ${p.field}：${p.message}`),
  };
};

/** 导入省级任务 (§9.1.1): the platform's JSON or XLSX export, or fetched from it; the answer stays on screen. */
export const ProvinceImportButton = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'import', resource: 'tasks' });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  if (!canAccess) return null;

  const run = async (action: () => Promise<ImportAnswer>) => {
    setBusy(true);
    setAnswer(null);
    setRefusal(null);
    try {
      setAnswer(await action());
      refresh();
    } catch (error) {
      setRefusal(refusalOf(error, translate));
    } finally {
      setBusy(false);
    }
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void run(() => dataProvider.importProvinceTasks(file));
  };
  const close = () => {
    setOpen(false);
    setAnswer(null);
    setRefusal(null);
  };

  return (
    <>
      <Button label="qd.province.button" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={busy ? undefined : close} maxWidth="md" fullWidth>
        <DialogTitle>{translate('qd.province.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('qd.province.intro')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {PROVINCE_COLUMNS.map((c) => c.header).join(' | ')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <MuiButton component="label" variant="contained" size="small" startIcon={<UploadFileIcon />} disabled={busy}>
              {translate('qd.province.choose')}
              <input hidden type="file" accept=".json,.xlsx" onChange={choose} data-testid="province-file" />
            </MuiButton>
            <MuiButton
              variant="outlined"
              size="small"
              startIcon={<CloudDownloadIcon />}
              disabled={busy}
              onClick={() => run(() => dataProvider.pollProvinceTasks())}
            >
              {translate('qd.province.poll')}
            </MuiButton>
          </Box>
          {busy && <LinearProgress sx={{ my: 1 }} />}
          {answer && <ProvinceImportAnswer answer={answer} />}
          {refusal && (
            <Alert severity="error" sx={{ mt: 1 }} role="alert">
              {refusal.message}
              {refusal.problems.length > 1 && (
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {refusal.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </Box>
              )}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={close} disabled={busy} />
        </DialogActions>
      </Dialog>
    </>
  );
};

import { useState } from 'react';
import { Alert, AlertTitle, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import PublishIcon from '@mui/icons-material/Publish';
import { Button, HttpError, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Plan } from '../records';

/** The 409 uncovered_items body lists the items: `uncovered: [{ id, name, lineId }]`. */
const uncoveredNames = (error: unknown): string[] | undefined => {
  if (!(error instanceof HttpError) || error.status !== 409) return undefined;
  const body = error.body as { code?: string; uncovered?: { name: string }[] } | undefined;
  return body?.code === 'uncovered_items' ? (body.uncovered ?? []).map((i) => i.name) : undefined;
};

const pastDeadline = (year: number) => new Date() > new Date(`${year}-03-31T23:59:59+08:00`);

/** 发布 (§8.1): the lead office publishes a draft; while items are uncovered (§8.3) the refusal lists them. */
export const PublishButton = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'publish', resource: 'plans', record: plan });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [uncovered, setUncovered] = useState<string[]>();
  if (!plan || plan.status !== 'draft' || !canAccess) return null;

  const close = () => {
    setOpen(false);
    setUncovered(undefined);
  };
  const publish = async () => {
    setBusy(true);
    try {
      await dataProvider.publishPlan(plan.id);
      notify('qd.plans.publish.done', { type: 'success' });
      close();
      refresh();
    } catch (error) {
      const names = uncoveredNames(error);
      if (names) setUncovered(names);
      else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label="qd.plans.publish.button" onClick={() => setOpen(true)}>
        <PublishIcon />
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.plans.publish.title')}</DialogTitle>
        <DialogContent>
          {uncovered ? (
            <Alert severity="error" role="alert">
              <AlertTitle>{translate('qd.plans.publish.refused')}</AlertTitle>
              <List dense disablePadding>
                {uncovered.map((name) => (
                  <ListItem key={name} disableGutters>
                    <ListItemText primary={name} />
                  </ListItem>
                ))}
              </List>
              {translate('qd.plans.publish.refused_hint')}
            </Alert>
          ) : (
            <>
              <DialogContentText>{translate('qd.plans.publish.confirm')}</DialogContentText>
              {pastDeadline(plan.year) && (
                <Alert severity="warning" sx={{ mt: 2 }}>
                  {translate('qd.plans.publish.late_warning', { year: plan.year })}
                </Alert>
              )}
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          {!uncovered && <Button label="qd.plans.publish.button" variant="contained" onClick={publish} disabled={busy} />}
        </DialogActions>
      </Dialog>
    </>
  );
};

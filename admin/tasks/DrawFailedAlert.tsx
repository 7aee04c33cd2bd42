import { Alert, AlertTitle, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Why the draw could not be staffed; nothing was saved, so the office can fix the inspectors and draw again. */
export const DrawFailedAlert = ({ unstaffed }: { unstaffed: Record<string, string> }) => {
  const translate = useTranslate();
  const entries = Object.entries(unstaffed);
  return (
    <Alert severity="error" role="alert" sx={{ mt: 2 }}>
      <AlertTitle>{translate('qd.draws.failed.title')}</AlertTitle>
      {entries.length ? translate('qd.draws.failed.unstaffed') : translate('qd.draws.failed.empty_pool')}
      <List dense disablePadding>
        {entries.map(([uscc, why]) => (
          <ListItem key={uscc} disableGutters>
            <ListItemText primary={`${uscc} — ${why}`} />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};

import { Alert, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportAnswer } from '../providers/provinceMethods';

/** What an import did: tasks created, recognised as imported before, skipped, and entities not in the library. */
export const ProvinceImportAnswer = ({ answer }: { answer: ImportAnswer }) => {
  const translate = useTranslate();
  const section = (key: string, lines: string[], severity: 'success' | 'info' | 'warning') =>
    lines.length > 0 && (
      <Alert severity={severity} sx={{ mt: 1 }} data-testid={`province-${key}`}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate(`qd.province.${key}`, { smart_count: lines.length })}
        </Typography>
        <List dense disablePadding>
          {lines.map((line) => (
            <ListItem key={line} disableGutters>
              <ListItemText primary={line} />
            </ListItem>
          ))}
        </List>
      </Alert>
    );
  const nothing = !answer.created.length && !answer.alreadyImported.length && !answer.skipped.length;
  return (
    <>
      {section(
        'created',
        answer.created.map((c) => translate('qd.province.created_line', { reference: c.reference, entities: c.entities, districts: c.districts.length })),
        'success',
      )}
      {section(
        'already',
        answer.alreadyImported.map((a) => a.reference),
        'info',
      )}
      {section(
        'skipped',
        answer.skipped.map((s) => `${s.reference}：${s.reason}`),
        'warning',
      )}
      {section(
        'not_found',
        answer.notFound.map((n) => `${n.reference} · ${n.uscc}${n.name ? ` ${n.name}` : ''}`),
        'warning',
      )}
      {nothing && <Alert severity="info">{translate('qd.province.nothing')}</Alert>}
    </>
  );
};

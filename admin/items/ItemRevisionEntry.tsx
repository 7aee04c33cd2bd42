import { Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { ItemRevision } from '../records';
import { ItemChangeValue, isEmptyValue } from './ItemChangeValue';

/** One revision: its number, time, author and reason, and a table of the fields it changed. */
export const ItemRevisionEntry = ({ revision }: { revision: ItemRevision }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="item-revision">
      <Typography variant="subtitle2" component="div" sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'baseline' }}>
        <strong>{translate('qd.items.history.revision', { revision: revision.revision })}</strong>
        <LocaleDateField record={revision} source="at" />
        <span>{revision.actorName}</span>
        <span>{translate('qd.items.history.reason', { reason: revision.reason })}</span>
      </Typography>
      {revision.changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('qd.items.history.created')}
        </Typography>
      ) : (
        <Table size="small" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '18%' }}>{translate('qd.items.history.field')}</TableCell>
              <TableCell sx={{ width: '41%' }}>{translate('qd.items.history.before')}</TableCell>
              <TableCell sx={{ width: '41%' }}>{translate('qd.items.history.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {revision.changes.map((change) => (
              <TableRow key={change.field}>
                <TableCell>{translate(`resources.items.fields.${change.field}`, { _: change.field })}</TableCell>
                <TableCell sx={{ color: 'error.main', textDecoration: isEmptyValue(change.before) ? 'none' : 'line-through' }}>
                  <ItemChangeValue field={change.field} value={change.before} />
                </TableCell>
                <TableCell sx={{ color: 'success.dark' }}>
                  <ItemChangeValue field={change.field} value={change.after} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
};

import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/LocaleDateField';
import type { Loan } from '../records';

/** 办理过程: who did what and when, with the reason or the inspection note — the loan's own history, oldest first. */
export const LoanTimeline = () => {
  const loan = useRecordContext<Loan>();
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  if (!loan) return null;
  return (
    <List dense disablePadding component="ol" aria-label={translate('qd.loans.timeline.title')}>
      {loan.history.map((h, i) => (
        <ListItem key={`${h.at}-${i}`} divider disableGutters>
          <ListItemText
            primary={
              <>
                <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
                  {translate(`qd.loans.timeline.${h.action}`)}
                </Typography>{' '}
                <Typography component="span" variant="body2">
                  {h.byName} · {formatDateTime(h.at)} → {translate(`qd.loans.statuses.${h.to}`)}
                </Typography>
              </>
            }
            secondary={h.note}
          />
        </ListItem>
      ))}
    </List>
  );
};

/** 复印登记 (§12.4.1): each copy made, by whom and when. */
export const LoanCopies = () => {
  const loan = useRecordContext<Loan>();
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  if (!loan) return null;
  if (!loan.copies.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('qd.loans.copies.empty')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding>
      {loan.copies.map((c, i) => (
        <ListItem key={`${c.at}-${i}`} divider disableGutters>
          <ListItemText
            primary={`${loan.archiveTitles[loan.archiveIds.indexOf(c.archiveId)] ?? `#${c.archiveId}`}：${c.description}（${translate('qd.archives.pages', { count: c.pages })}）`}
            secondary={`${c.byName} · ${formatDateTime(c.at)}`}
          />
        </ListItem>
      ))}
    </List>
  );
};

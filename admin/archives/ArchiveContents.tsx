import { useQuery } from '@tanstack/react-query';
import { Alert, List, ListItem, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Archive } from '../records';
import { TaskSection } from '../tasks/TaskSection';
import { useFormatDateTime } from '../common/LocaleDateField';

/**
 * 卷内文书 and 变更记录 (§12.3): read from GET /api/archives/:id/contents by those who may (§12.4.1, §12.4.3); everyone
 * else is told why they see the catalogue entry only.
 */
export const ArchiveContents = () => {
  const archive = useRecordContext<Archive>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const formatDateTime = useFormatDateTime();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { canAccess, isPending } = useCanAccess({ action: 'readContents', resource: 'archives', record: archive });
  const { data } = useQuery({
    queryKey: ['archives', 'contents', archive?.id, archive?.version],
    queryFn: () => dataProvider.archiveContents(archive!.id),
    enabled: !!archive && canAccess === true,
  });
  if (!archive || isPending) return null;
  if (!canAccess) {
    return (
      <TaskSection title="qd.archives.documents">
        <Alert severity="info">{translate('qd.archives.restricted')}</Alert>
      </TaskSection>
    );
  }
  return (
    <>
      <TaskSection title="qd.archives.documents">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>#</TableCell>
              <TableCell>{translate('qd.archives.document.title')}</TableCell>
              <TableCell>{translate('qd.archives.document.kind')}</TableCell>
              <TableCell align="right">{translate('qd.archives.document.pages')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.documents.map((d, i) => (
              <TableRow key={`${i}-${d.title}`}>
                <TableCell>{i + 1}</TableCell>
                <TableCell>{d.title}</TableCell>
                <TableCell>{translate(`qd.archives.documentKinds.${d.kind}`)}</TableCell>
                <TableCell align="right">{d.pages}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TaskSection>
      <TaskSection title="qd.archives.changeLog.title">
        {data && !data.changeLog.length ? (
          <Typography variant="body2" color="text.secondary">
            {translate('qd.archives.changeLog.empty')}
          </Typography>
        ) : phone ? (
          // Five columns do not fit a phone: each entry is a list item whose lines wrap.
          <List dense disablePadding>
            {data?.changeLog.map((c) => (
              <ListItem key={c.changeId} divider disableGutters>
                <ListItemText
                  primary={c.content}
                  secondary={`${formatDateTime(c.at)} · ${translate('qd.archives.changeLog.reason')}：${c.reason} · ${translate('qd.archives.changeLog.handler')}：${c.handlerName} · ${translate('qd.archives.changeLog.approver')}：${c.approverName}`}
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('qd.archives.changeLog.at')}</TableCell>
                <TableCell>{translate('qd.archives.changeLog.content')}</TableCell>
                <TableCell>{translate('qd.archives.changeLog.reason')}</TableCell>
                <TableCell>{translate('qd.archives.changeLog.handler')}</TableCell>
                <TableCell>{translate('qd.archives.changeLog.approver')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data?.changeLog.map((c) => (
                <TableRow key={c.changeId}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.at)}</TableCell>
                  <TableCell>{c.content}</TableCell>
                  <TableCell>{c.reason}</TableCell>
                  <TableCell>{c.handlerName}</TableCell>
                  <TableCell>{c.approverName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </TaskSection>
    </>
  );
};

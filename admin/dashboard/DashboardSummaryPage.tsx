import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, GlobalStyles, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import DownloadIcon from '@mui/icons-material/Download';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useDataProvider, useRequireAccess, useTranslate } from 'react-admin';
import type { FigureKey, SummaryAnswer, SummaryRow } from '../../api/actions/dashboardTypes';
import type { QdDataProvider } from '../providers/dataProvider';
import { API_URL } from '../providers/dataProvider';
import { dashboardSearch, summaryXlsxUrl } from '../providers/dashboardMethods';
import { DashboardSelectors } from './DashboardSelectors';
import { useDashboardQuery } from './useDashboardQuery';

const NUMBER_COLUMNS = [
  'tasks',
  'tasksOverdue',
  'inspected',
  'problemsFound',
  'problemsRectified',
  'resultsUnconfirmed',
  'resultsUnpublished',
  'crimesUnreferred',
  'referrals',
] as const satisfies readonly (keyof SummaryRow)[];

/** On paper: only the summary — no menu, app bar or buttons — in black on white. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.RaSidebar-root, .RaAppBar-root, header, .qd-no-print': { display: 'none !important' },
        '.RaLayout-content': { padding: 0 },
        body: { background: '#fff' },
        table: { pageBreakInside: 'auto' },
        tr: { pageBreakInside: 'avoid' },
      },
    }}
  />
);

const Overview = ({ s }: { s: SummaryAnswer }) => {
  const translate = useTranslate();
  const rows: [string, number][] = [
    [translate('qd.dashboard.planned'), s.planned],
    ...(Object.keys(s.figures) as FigureKey[]).map((k) => [translate(`qd.dashboard.figures.${k}`), s.figures[k].count] as [string, number]),
    ...Object.entries(s.tasks).map(([k, f]) => [translate(`qd.dashboard.task_statuses.${k}`), f.count] as [string, number]),
    ...Object.entries(s.categories).map(([k, f]) => [translate(`qd.results.categories.${k}`), f.count] as [string, number]),
    ...Object.entries(s.referrals).map(([k, f]) => [translate(`qd.dashboard.referral_kinds.${k}`), f.count] as [string, number]),
  ];
  return (
    <Table size="small" aria-labelledby="summary-overview" sx={{ maxWidth: 640 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('qd.dashboard.figure')}</TableCell>
          <TableCell align="right">{translate('qd.dashboard.count')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(([label, n]) => (
          <TableRow key={label}>
            <TableCell>{label}</TableCell>
            <TableCell align="right">{n}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const ByLine = ({ s }: { s: SummaryAnswer }) => {
  const translate = useTranslate();
  return (
    // A wide table scrolls sideways on a narrow screen: the region takes the keyboard's focus so it can be scrolled.
    <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="summary-by-line">
      <Table size="small" aria-labelledby="summary-by-line">
        <TableHead>
          <TableRow>
            {(['unitName', 'departmentName', 'lineName', ...NUMBER_COLUMNS] as const).map((c) => (
              <TableCell key={c} align={NUMBER_COLUMNS.includes(c as never) ? 'right' : 'left'}>
                {translate(`qd.dashboard.columns.${c}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {s.rows.map((r) => (
            <TableRow key={`${r.unitName}-${r.departmentName}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.unitName}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.departmentName}</TableCell>
              <TableCell>{r.lineName}</TableCell>
              {NUMBER_COLUMNS.map((c) => (
                <TableCell key={c} align="right">
                  {r[c]}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow sx={{ '& td': { fontWeight: 600 } }}>
            <TableCell colSpan={3}>{translate('qd.dashboard.total')}</TableCell>
            {NUMBER_COLUMNS.map((c) => (
              <TableCell key={c} align="right" data-total={c}>
                {s.rows.reduce((n, r) => n + r[c], 0)}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  );
};

/** 年度总结 (§4.1.1d, §4.2.2d): the dashboard's figures, results by category, problems and referrals, and a row per line — for print. */
export const DashboardSummaryPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  // A page, not a react-admin list: it asks for access itself (the access-denied page for anyone else).
  const { isPending } = useRequireAccess({ action: 'list', resource: 'dashboard' });
  const [query, setQuery] = useDashboardQuery();
  const { data } = useQuery({ queryKey: ['dashboard', 'summary', query], queryFn: () => dataProvider.getSummary(query), enabled: !isPending });
  const unitName = data?.unit?.name ?? translate('qd.dashboard.all_units');
  if (isPending) return <Loading />;
  return (
    <Box sx={{ py: 2 }}>
      {printStyles}
      <Title title="qd.dashboard.summary" />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, justifyContent: 'space-between' }} className="qd-no-print">
        <DashboardSelectors query={query} onChange={setQuery} />
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button component={RouterLink} to={`/dashboard?${dashboardSearch(query)}`} startIcon={<ArrowBackIcon />}>
            {translate('qd.dashboard.back')}
          </Button>
          <Button onClick={() => window.print()} startIcon={<PrintIcon />} variant="outlined">
            {translate('qd.dashboard.print')}
          </Button>
          <Button href={summaryXlsxUrl(API_URL, query)} download startIcon={<DownloadIcon />} variant="outlined">
            {translate('qd.dashboard.download')}
          </Button>
        </Stack>
      </Stack>
      {!data ? (
        <Loading />
      ) : (
        <Stack spacing={2}>
          <Typography variant="h5" component="h2">
            {translate('qd.dashboard.summary_title', { year: data.year, unit: unitName })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('qd.dashboard.as_of', { today: data.today, confirm: data.deadlines.confirmWorkdays, publish: data.deadlines.publishWorkdays })}
          </Typography>
          <Typography variant="body1">
            {translate('qd.dashboard.problems', { found: data.problemsFound.count, rectified: data.problemsRectified.count })}
          </Typography>
          <Typography id="summary-overview" variant="h6" component="h3">
            {translate('qd.dashboard.overview')}
          </Typography>
          <Overview s={data} />
          <Typography id="summary-by-line" variant="h6" component="h3">
            {translate('qd.dashboard.by_line')}
          </Typography>
          <ByLine s={data} />
        </Stack>
      )}
    </Box>
  );
};

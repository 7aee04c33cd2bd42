import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Summarize';
import DownloadIcon from '@mui/icons-material/Download';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useDataProvider, useRequireAccess, useTranslate } from 'react-admin';
import type { FigureKey } from '../../api/actions/dashboardTypes';
import type { QdDataProvider } from '../providers/dataProvider';
import { API_URL } from '../providers/dataProvider';
import { dashboardSearch, summaryXlsxUrl } from '../providers/dashboardMethods';
import { DashboardSelectors } from './DashboardSelectors';
import { DashboardCharts } from './DashboardCharts';
import { FigureTile } from './FigureTile';
import { useDashboardQuery } from './useDashboardQuery';

/** The figures by section; those that call for action are shown in red when not zero. */
const SECTIONS: { id: string; figures: FigureKey[]; alerts: FigureKey[] }[] = [
  { id: 'plan', figures: ['plansOnTime', 'plansLate', 'plansUnpublished', 'library', 'inspected'], alerts: ['plansLate', 'plansUnpublished'] },
  { id: 'tasks', figures: ['tasksOverdue'], alerts: ['tasksOverdue'] },
  {
    id: 'results',
    figures: ['resultsUnconfirmed', 'resultsUnpublished', 'crimesUnreferred', 'referralsOpen'],
    alerts: ['resultsUnconfirmed', 'resultsUnpublished', 'crimesUnreferred'],
  },
  { id: 'records', figures: ['entitiesLate', 'inspectorsLate', 'loansOverdue'], alerts: ['entitiesLate', 'inspectorsLate', 'loansOverdue'] },
];

const grid = { display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 11.25rem), 1fr))' };

/**
 * 监督看板 (§4.1.1c, §8.1, §8.3, §13.2): the year's figures for a unit or the whole city, each a link to the list that
 * holds exactly its rows; the tasks by state and the coverage as charts; the annual summary to print or download.
 */
export const DashboardPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  // A page, not a react-admin list: it asks for access itself (the access-denied page for anyone else).
  const { isPending } = useRequireAccess({ action: 'list', resource: 'dashboard' });
  const [query, setQuery] = useDashboardQuery();
  const { data } = useQuery({ queryKey: ['dashboard', query], queryFn: () => dataProvider.getDashboard(query), enabled: !isPending });
  if (isPending) return <Loading />;
  return (
    <Box sx={{ py: 2 }}>
      <Title title="resources.dashboard.name" />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
        <DashboardSelectors query={query} onChange={setQuery} />
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button component={RouterLink} to={`/dashboard/summary?${dashboardSearch(query)}`} startIcon={<PrintIcon />} variant="outlined">
            {translate('qd.dashboard.summary')}
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
          <Typography variant="body2" color="text.secondary">
            {translate('qd.dashboard.as_of', { today: data.today, confirm: data.deadlines.confirmWorkdays, publish: data.deadlines.publishWorkdays })}
          </Typography>
          <DashboardCharts data={data} />
          {SECTIONS.map(({ id, figures, alerts }) => (
            <Box component="section" key={id} aria-labelledby={`dashboard-${id}`}>
              <Typography id={`dashboard-${id}`} variant="h6" component="h2" sx={{ mb: 1 }}>
                {translate(`qd.dashboard.sections.${id}`)}
              </Typography>
              <Box sx={grid}>
                {figures.map((key) => (
                  <FigureTile key={key} name={key} figure={data.figures[key]} label={translate(`qd.dashboard.figures.${key}`)} alert={alerts.includes(key)} />
                ))}
                {id === 'tasks' &&
                  Object.entries(data.tasks).map(([status, figure]) => (
                    <FigureTile key={status} name={`tasks-${status}`} figure={figure} label={translate(`qd.dashboard.task_statuses.${status}`)} />
                  ))}
              </Box>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
};

import { Box, Paper, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { Gauge } from '@mui/x-charts/Gauge';
import { useTranslate } from 'react-admin';
import type { DashboardAnswer } from '../../api/actions/dashboardTypes';

/**
 * The tasks by state and the coverage as charts. Each chart is an image whose text says every number it draws
 * (role="img" with a label): screen readers read the numbers, the figures beside it are the links.
 */
export const DashboardCharts = ({ data }: { data: DashboardAnswer }) => {
  const translate = useTranslate();
  const states = Object.keys(data.tasks);
  const labels = states.map((s) => translate(`qd.dashboard.task_statuses.${s}`));
  const counts = states.map((s) => data.tasks[s].count);
  const done = data.figures.inspected.count;
  const percent = data.planned ? Math.min(100, Math.round((done / data.planned) * 100)) : 0;
  const tasksText = translate('qd.dashboard.tasks_chart', { parts: labels.map((l, i) => `${l} ${counts[i]}`).join('，') });
  const coverageText = translate('qd.dashboard.coverage_chart', { percent, done, planned: data.planned });
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' } }}>
      <Paper variant="outlined" sx={{ p: 1 }}>
        <Box role="img" aria-label={tasksText}>
          <BarChart
            height={220}
            xAxis={[{ scaleType: 'band', data: labels }]}
            series={[{ data: counts, color: '#1565c0' }]}
            margin={{ left: 8, right: 8, top: 16, bottom: 8 }}
            hideLegend
          />
        </Box>
      </Paper>
      <Paper variant="outlined" sx={{ p: 1, display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <Box role="img" aria-label={coverageText}>
          <Gauge width={180} height={160} value={percent} startAngle={-110} endAngle={110} text={`${percent}%`} />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate('qd.dashboard.coverage', { percent, done, planned: data.planned })}
        </Typography>
      </Paper>
    </Box>
  );
};

import { Link as RouterLink } from 'react-router-dom';
import { Link, Paper, Typography } from '@mui/material';
import type { Figure } from '../../api/actions/dashboardTypes';
import { listLink } from '../home/listLink';

/** One figure: its number and its name, a link (named by both) to the list that holds exactly its rows. */
export const FigureTile = ({ name, figure, label, alert = false }: { name: string; figure: Figure; label: string; alert?: boolean }) => {
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-figure={name}>
      <Link
        component={RouterLink}
        to={listLink(figure.resource, figure.filter)}
        underline="hover"
        sx={{ display: 'block', color: alert && figure.count ? 'error.dark' : 'primary.dark' }}
      >
        <Typography component="span" variant="h4" sx={{ display: 'block', fontWeight: 600 }} data-testid={`figure-${name}`}>
          {figure.count.toLocaleString()}
        </Typography>
        <Typography component="span" variant="body2" sx={{ display: 'block' }}>
          {label}
        </Typography>
      </Link>
    </Paper>
  );
};

import { Chip, List, ListItem, Stack, Typography } from '@mui/material';
import { TodoCard } from '../TodoCard';
import { Link } from 'react-router-dom';
import OpenIcon from '@mui/icons-material/OpenInNew';
import AddIcon from '@mui/icons-material/Add';
import { Button, useGetList, useTranslate } from 'react-admin';
import { planDeadline } from '../../../api/domain/plans';
import { today } from '../../common/today';
import type { Me, TodoKind } from '../todoKind';

/** The years whose plan the lead office is working towards: this one and, from October, the next. */
const yearsAhead = (date: string) => {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 10 ? [year, year + 1] : [year];
};

const usePlans = (me: Me) => {
  const years = yearsAhead(today());
  const { data, isPending } = useGetList('plans', {
    filter: { unitId: me.unitId, year: years },
    sort: { field: 'year', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  });
  return { years, plans: data ?? [], isPending };
};

/** A plan is waiting while it is not published and its year's 31 March has not long passed. */
const useCount = (me: Me) => {
  const { years, plans, isPending } = usePlans(me);
  if (isPending) return undefined;
  return years.filter((y) => plans.find((p) => p.year === y)?.status !== 'published').length;
};

const PlanDeadlineCard = ({ me }: { me: Me }) => {
  const translate = useTranslate();
  const { years, plans } = usePlans(me);
  const now = today();
  return (
    <TodoCard id="planDeadline" title={translate('qd.home.planDeadline.title')}>
      <List disablePadding>
        {years.map((year) => {
          const plan = plans.find((p) => p.year === year);
          const due = planDeadline(year);
          const days = Math.round((Date.parse(due) - Date.parse(now)) / 86_400_000);
          const state = plan?.status === 'published' ? 'published' : plan ? 'draft' : 'missing';
          return (
            <ListItem key={year} divider disableGutters>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ width: '100%', justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
                <Typography variant="body2" component="div">
                  <strong>{translate('qd.home.planDeadline.year', { year })}</strong>{' '}
                  {state === 'published'
                    ? translate(plan!.late ? 'qd.home.planDeadline.published_late' : 'qd.home.planDeadline.published', {
                        date: String(plan!.publishedAt ?? '').slice(0, 10),
                      })
                    : translate(days >= 0 ? 'qd.home.planDeadline.due_in' : 'qd.home.planDeadline.overdue', { due, days: Math.abs(days) })}
                </Typography>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Chip
                    size="small"
                    color={state === 'published' ? 'success' : days < 0 ? 'error' : 'warning'}
                    label={translate(`qd.home.planDeadline.${state}_chip`)}
                  />
                  {plan ? (
                    <Button component={Link} to={`/plans/${plan.id}/show`} label="qd.home.open">
                      <OpenIcon />
                    </Button>
                  ) : (
                    <Button component={Link} to="/plans/create" state={{ record: { unitId: me.unitId, year } }} label="qd.home.planDeadline.create">
                      <AddIcon />
                    </Button>
                  )}
                </Stack>
              </Stack>
            </ListItem>
          );
        })}
      </List>
    </TodoCard>
  );
};

/** §8.1 the unit's annual plan is published by 31 March: where this year's (and next year's) plan stands. */
export const planDeadlineTodo: TodoKind = { id: 'planDeadline', roles: ['lead'], menu: 'plans', useCount, Card: PlanDeadlineCard };

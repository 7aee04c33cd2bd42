import { Alert, Box, Card, CardContent, Divider, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useQuery } from '@tanstack/react-query';
import { Button, useDataProvider, useGetList, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';
import { useRecordAccess } from '../common/useRecordAccess';
import { ExemptionCreateButton } from '../planExemptions/ExemptionCreateButton';
import { ExemptionList } from '../planExemptions/ExemptionList';
import type { Plan } from '../records';

/**
 * §8.3 全覆盖: the unit's active items that no line covers and no exemption excuses. While the plan is a draft each
 * one offers a shortcut to add its line (to whoever may plan that item's line) and, to the lead office, an exemption.
 */
export const CoveragePanel = ({ plan, onAddLine }: { plan: Plan; onAddLine?: (itemId: number) => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const can = useRecordAccess();
  const { data } = useQuery({ queryKey: ['plans', 'coverage', plan.id], queryFn: () => dataProvider.getPlanCoverage(plan.id) });
  const { data: lines } = useGetList('lines', { pagination: { page: 1, perPage: 100 } });
  const lineName = (lineId: number) => lines?.find((l) => l.id === lineId)?.name;
  if (!data) return null;
  const draft = plan.status === 'draft';
  const mayExempt = draft && can('create', 'planExemptions', { unitId: plan.unitId, planId: plan.id });
  const summary = translate('qd.plans.coverage.summary', {
    active: data.activeItems,
    exempted: data.exempted.length,
    uncovered: data.uncovered.length,
  });
  return (
    <Card variant="outlined" data-testid="coverage-panel">
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {translate('qd.plans.coverage.title')}
        </Typography>
        <Alert severity={data.uncovered.length ? 'warning' : 'success'}>
          {summary} {data.uncovered.length ? '' : translate('qd.plans.coverage.all_covered')}
        </Alert>
        {data.uncovered.length > 0 && (
          <Box sx={{ mt: 2 }}>
            <Typography variant="subtitle2">{translate('qd.plans.coverage.uncovered')}</Typography>
            <List dense>
              {data.uncovered.map((item) => (
                <ListItem
                  key={item.id}
                  divider
                  secondaryAction={
                    <Stack direction="row" spacing={1}>
                      {onAddLine && can('create', 'planLines', { unitId: plan.unitId, lineId: item.lineId }) && (
                        <Button label="qd.plans.coverage.add_line" onClick={() => onAddLine(item.id)}>
                          <AddIcon />
                        </Button>
                      )}
                      {mayExempt && <ExemptionCreateButton planId={plan.id} item={item} />}
                    </Stack>
                  }
                >
                  <ListItemText primary={item.name} secondary={lineName(item.lineId)} sx={{ pr: 30 }} />
                </ListItem>
              ))}
            </List>
          </Box>
        )}
        {data.exempted.length > 0 && (
          <Box sx={{ mt: 2 }}>
            <Divider sx={{ mb: 1 }} />
            <Typography variant="subtitle2">{translate('qd.plans.coverage.exempted')}</Typography>
            <ExemptionList plan={plan} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

import { Box, Grid } from '@mui/material';
import { Labeled, NumberField, ReferenceField, TextField, useRecordContext } from 'react-admin';
import { CurrentVersionFields } from './CurrentVersionFields';
import { PlanStatusField } from './PlanStatusField';
import { PlanVersionField } from './PlanVersionField';
import type { Plan } from '../records';

/** The plan at a glance: whose, which year, what it follows, where it stands. */
export const PlanHeader = () => {
  const plan = useRecordContext<Plan>();
  if (!plan) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Grid container spacing={2}>
        <Grid size={12}>
          <Labeled source="title">
            <TextField source="title" variant="h6" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labeled source="unitId">
            <ReferenceField source="unitId" reference="units" link={false} />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 6, md: 1 }}>
          <Labeled source="year">
            <NumberField source="year" options={{ useGrouping: false }} />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labeled source="status">
            <PlanStatusField />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <Labeled source="planVersion">
            <PlanVersionField />
          </Labeled>
        </Grid>
        <CurrentVersionFields />
        <Grid size={12}>
          {plan.upperPlanId ? (
            <Labeled source="upperPlanId">
              <ReferenceField source="upperPlanId" reference="plans" link="show" />
            </Labeled>
          ) : (
            <Labeled source="upperRef">
              <TextField source="upperRef" emptyText="—" />
            </Labeled>
          )}
        </Grid>
      </Grid>
    </Box>
  );
};

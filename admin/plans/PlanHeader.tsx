import { Labeled, NumberField, ReferenceField, TextField, useRecordContext } from 'react-admin';
import { FieldCell, FieldGrid } from '../common/FieldGrid';
import { CurrentVersionFields } from './CurrentVersionFields';
import { PlanStatusField } from './PlanStatusField';
import { PlanVersionField } from './PlanVersionField';
import type { Plan } from '../records';

/** The plan at a glance: whose, which year, what it follows, where it stands. */
export const PlanHeader = () => {
  const plan = useRecordContext<Plan>();
  if (!plan) return null;
  return (
    <FieldGrid>
      <FieldCell wide="row">
        <Labeled source="title">
          <TextField source="title" variant="h6" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="unitId">
          <ReferenceField source="unitId" reference="units" link={false} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="year">
          <NumberField source="year" options={{ useGrouping: false }} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="status">
          <PlanStatusField />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="planVersion">
          <PlanVersionField />
        </Labeled>
      </FieldCell>
      <CurrentVersionFields />
      <FieldCell wide="row">
        {plan.upperPlanId ? (
          <Labeled source="upperPlanId">
            <ReferenceField source="upperPlanId" reference="plans" link="show" />
          </Labeled>
        ) : (
          <Labeled source="upperRef">
            <TextField source="upperRef" emptyText="—" />
          </Labeled>
        )}
      </FieldCell>
    </FieldGrid>
  );
};

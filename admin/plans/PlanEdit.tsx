import { Edit, SimpleForm } from 'react-admin';
import { PlanInputs } from './PlanInputs';
import { PlanTitle } from './PlanTitle';

/** A draft's title and upper plan; a published plan changes only through adjustments (§8.2). */
export const PlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<PlanTitle />}>
    <SimpleForm>
      <PlanInputs isNew={false} />
    </SimpleForm>
  </Edit>
);

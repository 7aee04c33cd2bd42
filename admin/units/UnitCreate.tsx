import { Create, SimpleForm } from 'react-admin';
import { UnitInputs } from './UnitInputs';

export const UnitCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <UnitInputs />
    </SimpleForm>
  </Create>
);

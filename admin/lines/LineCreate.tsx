import { Create, SimpleForm } from 'react-admin';
import { LineInputs } from './LineInputs';

export const LineCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <LineInputs />
    </SimpleForm>
  </Create>
);

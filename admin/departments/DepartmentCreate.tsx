import { Create, SimpleForm } from 'react-admin';
import { DepartmentInputs } from './DepartmentInputs';

export const DepartmentCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <DepartmentInputs />
    </SimpleForm>
  </Create>
);

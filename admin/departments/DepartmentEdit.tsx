import { Edit, SimpleForm } from 'react-admin';
import { DepartmentInputs } from './DepartmentInputs';

export const DepartmentEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <DepartmentInputs />
    </SimpleForm>
  </Edit>
);

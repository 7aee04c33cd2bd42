import { Edit, SimpleForm } from 'react-admin';
import { LineInputs } from './LineInputs';

export const LineEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <LineInputs />
    </SimpleForm>
  </Edit>
);

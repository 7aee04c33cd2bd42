import { Create, SimpleForm } from 'react-admin';
import { OutsideSystemInputs } from './OutsideSystemInputs';

export const OutsideSystemCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <OutsideSystemInputs isNew />
    </SimpleForm>
  </Create>
);

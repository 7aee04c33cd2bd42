import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <UserInputs isNew />
    </SimpleForm>
  </Create>
);

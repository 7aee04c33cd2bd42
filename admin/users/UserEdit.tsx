import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

/** An empty password field means "keep the current one": it is not sent. */
const withoutEmptyPassword = ({ password, ...data }: Record<string, unknown>) => (password ? { ...data, password } : data);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" transform={withoutEmptyPassword}>
    <SimpleForm>
      <UserInputs isNew={false} />
    </SimpleForm>
  </Edit>
);

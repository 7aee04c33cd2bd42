import { BooleanInput, PasswordInput, ReferenceInput, SelectInput, TextInput, regex, required } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { ROLE_CHOICES } from '../common/choices';
import { PASSWORD_RULES } from '../common/passwordRules';
import { UserDepartmentInput } from './UserDepartmentInput';

const USERNAME = regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'qd.validation.username');

/** The fields of a user, shared by create (password required) and edit (password resets when filled in). */
export const UserInputs = ({ isNew }: { isNew: boolean }) => {
  const { setValue } = useFormContext();
  return (
    <>
      <TextInput source="username" validate={[required(), USERNAME]} autoComplete="off" />
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
      <ReferenceInput source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }}>
        <SelectInput optionText="name" validate={required()} onChange={() => setValue('departmentId', null)} />
      </ReferenceInput>
      <UserDepartmentInput />
      <BooleanInput source="active" defaultValue />
      <PasswordInput
        source="password"
        validate={isNew ? [required(), ...PASSWORD_RULES] : PASSWORD_RULES}
        helperText={isNew ? 'qd.users.password_create_helper' : 'qd.users.password_edit_helper'}
        autoComplete="new-password"
      />
    </>
  );
};

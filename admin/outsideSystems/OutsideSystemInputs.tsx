import { BooleanInput, CheckboxGroupInput, TextInput, regex, required } from 'react-admin';
import { KIND_CHOICES } from './choices';
import { OutsideSystemTokenField } from './OutsideSystemTokenField';

const CODE = regex(/^[a-z][a-z0-9]{0,29}$/, 'qd.outside.name_helper');

/** The stored settings only: the credential comes from the environment and is shown, never entered. */
export const OutsideSystemInputs = ({ isNew }: { isNew: boolean }) => (
  <>
    <TextInput source="name" validate={[required(), CODE]} helperText="qd.outside.name_helper" />
    <TextInput source="displayName" validate={required()} fullWidth />
    <TextInput source="baseUrl" validate={required()} helperText="qd.outside.base_url_helper" fullWidth />
    <CheckboxGroupInput source="kinds" choices={KIND_CHOICES} />
    <BooleanInput source="enabled" defaultValue={true} />
    {!isNew && <OutsideSystemTokenField />}
  </>
);

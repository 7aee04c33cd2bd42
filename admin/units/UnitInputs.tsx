import { SelectInput, TextInput, regex, required } from 'react-admin';
import { LEVEL_CHOICES } from '../common/choices';

const DIVISION_CODE = regex(/^\d{6}$/, 'qd.validation.unit_code');

export const UnitInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="code" validate={[required(), DIVISION_CODE]} />
    <SelectInput source="level" choices={LEVEL_CHOICES} validate={required()} />
  </>
);

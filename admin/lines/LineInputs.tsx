import { TextInput, regex, required } from 'react-admin';

const LINE_CODE = regex(/^[a-z][a-z0-9_]{1,31}$/, 'qd.validation.line_code');

export const LineInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="code" validate={[required(), LINE_CODE]} />
  </>
);

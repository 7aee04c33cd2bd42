import { BooleanInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { DepartmentLineInput } from './DepartmentLineInput';

export const DepartmentInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <ReferenceInput source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }}>
      <SelectInput optionText="name" validate={required()} />
    </ReferenceInput>
    <BooleanInput source="lead" defaultValue={false} helperText="qd.departments.lead_helper" />
    <DepartmentLineInput />
  </>
);

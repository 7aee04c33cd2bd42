import { ReferenceInput, SelectInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** An implementing office owns one business line (§4.2); the lead office owns none, so the select goes away. */
export const DepartmentLineInput = () => {
  const lead = useWatch({ name: 'lead' });
  if (lead) return null;
  return (
    <ReferenceInput source="lineId" reference="lines">
      <SelectInput optionText="name" validate={required()} />
    </ReferenceInput>
  );
};

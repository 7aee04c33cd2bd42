import { NumberInput, ReferenceInput, SelectInput, TextInput, maxValue, minValue, required, useGetIdentity } from 'react-admin';
import { UpperPlanInput } from './UpperPlanInput';

const YEAR = [required(), minValue(2000), maxValue(2100)];

/** A plan's own fields; its unit and year are fixed once it exists (the API refuses to change them). */
export const PlanInputs = ({ isNew }: { isNew: boolean }) => {
  const { identity } = useGetIdentity();
  return (
    <>
      <ReferenceInput source="unitId" reference="units" filter={isNew && identity ? { id: identity.unitId } : {}}>
        <SelectInput optionText="name" validate={required()} readOnly={!isNew} />
      </ReferenceInput>
      <NumberInput source="year" validate={YEAR} readOnly={!isNew} />
      <TextInput source="title" validate={required()} fullWidth />
      <UpperPlanInput />
    </>
  );
};

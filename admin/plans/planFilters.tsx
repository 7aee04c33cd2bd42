import { NullableBooleanInput, NumberInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { PLAN_STATUS_CHOICES } from './choices';

export const planFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: '7.5rem' }} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={PLAN_STATUS_CHOICES} alwaysOn />,
  <NullableBooleanInput key="late" source="late" />,
];

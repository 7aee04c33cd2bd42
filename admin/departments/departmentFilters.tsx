import { NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';

export const departmentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="lineId" source="lineId" reference="lines">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="lead" source="lead" />,
];

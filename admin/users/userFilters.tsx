import { NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { ROLE_CHOICES } from '../common/choices';

export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

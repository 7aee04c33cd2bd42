import { NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { DISTRICT_CHOICES, ENTITY_STATUS_CHOICES, ENTITY_TYPE_CHOICES } from '../common/libraryChoices';

/** `q` searches name and code; 逾期录入 keeps only the late entries (§7.2.2). */
export const entityFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="district" source="district" choices={DISTRICT_CHOICES} alwaysOn />,
  <SelectInput key="type" source="type" choices={ENTITY_TYPE_CHOICES} alwaysOn />,
  <SelectInput key="status" source="status" choices={ENTITY_STATUS_CHOICES} alwaysOn />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <ReferenceInput key="lineIds" source="lineIds" reference="lines">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

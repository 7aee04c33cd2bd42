import { NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { INSPECTOR_CATEGORY_CHOICES, INSPECTOR_STATUS_CHOICES } from '../common/libraryChoices';

/** `q` searches name and certificate number; 逾期录入 keeps only the late entries (§7.3.2). */
export const inspectorFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="category" source="category" choices={INSPECTOR_CATEGORY_CHOICES} alwaysOn />,
  <SelectInput key="status" source="status" choices={INSPECTOR_STATUS_CHOICES} alwaysOn />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

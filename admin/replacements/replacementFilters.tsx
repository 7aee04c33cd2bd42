import { SelectInput } from 'react-admin';
import { REPLACEMENT_KIND_CHOICES, REPLACEMENT_STATUS_CHOICES } from '../tasks/choices';

export const replacementFilters = [
  <SelectInput key="status" source="status" choices={REPLACEMENT_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={REPLACEMENT_KIND_CHOICES} alwaysOn />,
];

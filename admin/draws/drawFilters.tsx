import { NullableBooleanInput, SelectInput } from 'react-admin';
import { DRAW_KIND_CHOICES, DRAW_STATUS_CHOICES } from '../tasks/choices';

export const drawFilters = [
  <SelectInput key="status" source="status" choices={DRAW_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={DRAW_KIND_CHOICES} alwaysOn />,
  <NullableBooleanInput key="published" source="published" />,
];

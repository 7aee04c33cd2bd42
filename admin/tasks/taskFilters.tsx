import { NumberInput, SearchInput, SelectInput } from 'react-admin';
import { TASK_ORIGIN_CHOICES, TASK_STATUS_CHOICES } from './choices';

export const taskFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={TASK_STATUS_CHOICES} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: '7.5rem' }} />,
  <SelectInput key="origin" source="origin" choices={TASK_ORIGIN_CHOICES} />,
];

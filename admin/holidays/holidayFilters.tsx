import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { HOLIDAY_KIND_CHOICES } from '../common/libraryChoices';

export const holidayFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={HOLIDAY_KIND_CHOICES} alwaysOn />,
  <DateInput key="date_gte" source="date_gte" alwaysOn />,
  <DateInput key="date_lte" source="date_lte" />,
];

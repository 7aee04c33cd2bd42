import { BooleanInput, DateInput, SearchInput, SelectInput } from 'react-admin';
import { LOAN_STATUS_CHOICES } from '../archives/choices';

export const loanFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={LOAN_STATUS_CHOICES} alwaysOn />,
  <DateInput key="dueDate_lte" source="dueDate_lte" label="qd.loans.dueDate_lte" />,
  <BooleanInput key="finding" source="finding" label="qd.loans.finding" />,
];

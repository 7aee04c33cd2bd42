import { DateInput, SelectInput, TextInput, required } from 'react-admin';
import { HOLIDAY_KIND_CHOICES } from '../common/libraryChoices';

export const HolidayInputs = () => (
  <>
    <DateInput source="date" validate={required()} />
    <SelectInput source="kind" choices={HOLIDAY_KIND_CHOICES} validate={required()} helperText="qd.holidays.helper" />
    <TextInput source="name" validate={required()} />
  </>
);

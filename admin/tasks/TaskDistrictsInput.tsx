import { SelectArrayInput, required } from 'react-admin';
import { DISTRICT_CHOICES } from '../common/libraryChoices';
import type { UserUnit } from './useUserUnit';

/** A city task may span districts; a district bureau draws in its own district only (属地, §6.2). */
export const TaskDistrictsInput = ({ unit }: { unit: UserUnit }) => {
  const own = unit.level === 'district';
  const choices = own ? DISTRICT_CHOICES.filter((c) => c.id === unit.code) : DISTRICT_CHOICES;
  return (
    <SelectArrayInput
      source="districts"
      choices={choices}
      defaultValue={own ? [unit.code] : []}
      validate={required()}
      helperText={own ? 'qd.tasks.districts_own_helper' : 'qd.tasks.districts_helper'}
      fullWidth
    />
  );
};

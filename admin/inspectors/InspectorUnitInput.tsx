import { SelectInput, required, useGetList } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useRecordAccess } from '../common/useRecordAccess';

/** The inspector's unit, among those the user keeps the library for (an implementing office: its own, §7.3.1). */
export const InspectorUnitInput = ({ action }: { action: 'create' | 'edit' }) => {
  const { setValue } = useFormContext();
  const can = useRecordAccess();
  const { data: units = [], isPending } = useGetList('units', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } });
  const choices = units.filter((unit) => can(action, 'inspectors', { unitId: unit.id }));
  return (
    <SelectInput
      source="unitId"
      choices={choices}
      optionText="name"
      isPending={isPending}
      validate={required()}
      onChange={() => setValue('departmentId', null)}
    />
  );
};

import { ReferenceInput, SelectInput, TextInput, useGetList, useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';

/**
 * §8.1: a plan follows the plan above it. A district's plan names the city's plan of the same year;
 * the city's plan cites the provincial department's plan by number and title.
 */
export const UpperPlanInput = () => {
  const [unitId, year] = useWatch({ name: ['unitId', 'year'] });
  const { data: unit } = useGetOne('units', { id: unitId }, { enabled: unitId != null });
  const { data: cityUnits } = useGetList('units', { filter: { level: 'city' }, pagination: { page: 1, perPage: 10 } });
  if (!unit) return null;
  if (unit.level === 'city') return <TextInput source="upperRef" helperText="qd.plans.upper_ref_helper" fullWidth />;
  return (
    <ReferenceInput
      source="upperPlanId"
      reference="plans"
      filter={{ year: year || undefined, unitId: (cityUnits ?? []).map((u) => u.id) }}
      sort={{ field: 'year', order: 'DESC' }}
    >
      <SelectInput optionText="title" helperText="qd.plans.upper_plan_helper" fullWidth />
    </ReferenceInput>
  );
};

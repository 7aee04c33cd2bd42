import { useEffect, useRef } from 'react';
import {
  NumberField,
  ReferenceField,
  ReferenceInput,
  TextField,
  SelectInput,
  required,
  useGetList,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PlanLine } from '../records';
import type { UserUnit } from './useUserUnit';

/** A plan line as a choice: the plan's year, the item's name, the ratio or count planned. */
const PlanLineOption = () => {
  const line = useRecordContext<PlanLine>();
  const translate = useTranslate();
  if (!line) return null;
  return (
    <span>
      <ReferenceField source="planId" reference="plans" link={false}>
        <NumberField source="year" options={{ useGrouping: false }} />
      </ReferenceField>
      {' · '}
      <TextField source="itemName" />
      {' · '}
      {line.ratioBp != null ? `${line.ratioBp / 100}%` : translate('qd.tasks.count_n', { n: line.count })}
    </span>
  );
};

/** A new task starts from what its plan line says: method and ratio or count. */
const usePlanLineDefaults = () => {
  const { setValue } = useFormContext();
  const planLineId = useWatch({ name: 'planLineId' });
  const initial = useRef(planLineId);
  const { data: line } = useGetOne<PlanLine>('planLines', { id: planLineId }, { enabled: planLineId != null });
  useEffect(() => {
    if (!line || line.id === initial.current) return;
    initial.current = line.id;
    setValue('method', line.method, { shouldDirty: true });
    setValue('ratioBp', line.ratioBp, { shouldDirty: true });
    setValue('count', line.count, { shouldDirty: true });
  }, [line, setValue]);
};

const BY_ID = { field: 'id', order: 'ASC' } as const;

/** §9.1: a task follows a line of a published plan of the user's unit, of the user's own department. */
export const TaskPlanLineInput = ({ unit }: { unit: UserUnit }) => {
  const plans = useGetList('plans', { filter: { unitId: unit.id, status: 'published' }, pagination: { page: 1, perPage: 100 }, sort: BY_ID });
  usePlanLineDefaults();
  if (!plans.data) return null;
  const filter = { planId: plans.data.map((p) => p.id), ...(unit.departmentId ? { departmentId: unit.departmentId } : {}) };
  return (
    <ReferenceInput source="planLineId" reference="planLines" filter={filter} sort={BY_ID} perPage={100}>
      <SelectInput optionText={<PlanLineOption />} validate={required()} helperText="qd.tasks.plan_line_helper" fullWidth />
    </ReferenceInput>
  );
};

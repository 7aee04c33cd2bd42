import { BooleanInput, DateInput, NumberInput, ReferenceArrayInput, SelectArrayInput, SelectInput, TextInput, maxValue, minValue, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ENTITY_TYPE_CHOICES, ITEM_METHOD_CHOICES } from '../common/libraryChoices';
import { TASK_ORIGIN_CHOICES } from './choices';
import { TaskDistrictsInput } from './TaskDistrictsInput';
import { TaskPlanLineInput } from './TaskPlanLineInput';
import { TaskQuotaInput } from './TaskQuotaInput';
import { TaskCodeInput } from './TaskCodeInput';
import { useUserUnit } from './useUserUnit';

const TEAM_SIZE = [required(), minValue(2), maxValue(10)];

/** Only announced in advance does a public source prove the draw was not run until it came out right (DRAW-SPEC §1). */
const PublicSourceNoteInput = () => {
  const required_ = useWatch({ name: 'publicSourceRequired' });
  if (!required_) return null;
  return <TextInput source="publicSourceNote" validate={required()} helperText="qd.tasks.public_source_helper" fullWidth />;
};

/** The fields of a task, shared by create and edit (a task is edited only while draft). */
export const TaskInputs = () => {
  const unit = useUserUnit();
  if (!unit) return null;
  return (
    <>
      <TaskCodeInput />
      <TextInput source="title" validate={required()} fullWidth />
      <TaskPlanLineInput unit={unit} />
      <SelectInput source="origin" choices={TASK_ORIGIN_CHOICES} validate={required()} defaultValue="own" />
      <TaskDistrictsInput unit={unit} />
      <SelectArrayInput source="entityTypes" choices={ENTITY_TYPE_CHOICES} defaultValue={[]} helperText="qd.tasks.entity_types_helper" fullWidth />
      <ReferenceArrayInput source="scopeLineIds" reference="lines">
        <SelectArrayInput optionText="name" label="resources.tasks.fields.scopeLineIds" defaultValue={[]} helperText="qd.tasks.scope_lines_helper" fullWidth />
      </ReferenceArrayInput>
      <TaskQuotaInput />
      <NumberInput source="teamSize" validate={TEAM_SIZE} defaultValue={2} min={2} max={10} step={1} helperText="qd.tasks.team_size_helper" />
      <SelectInput source="method" choices={ITEM_METHOD_CHOICES} validate={required()} />
      <DateInput source="deadline" validate={required()} />
      {unit.level === 'city' && <BooleanInput source="dispatch" defaultValue={false} helperText="qd.tasks.dispatch_helper" />}
      <BooleanInput source="excludeInspected" defaultValue helperText="qd.tasks.exclude_inspected_helper" />
      <BooleanInput source="publicSourceRequired" defaultValue={false} />
      <PublicSourceNoteInput />
    </>
  );
};

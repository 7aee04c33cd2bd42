import {
  BooleanField,
  ChipField,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  SingleFieldList,
  TextField,
  useRecordContext,
} from 'react-admin';
import { ChoicesArrayField } from '../common/ChoicesArrayField';
import { DISTRICT_CHOICES, ENTITY_TYPE_CHOICES, ITEM_METHOD_CHOICES } from '../common/libraryChoices';
import { TASK_ORIGIN_CHOICES } from './choices';
import { TaskQuotaField } from './TaskQuotaField';
import { TaskStatusField } from './TaskStatusField';
import type { Task } from '../records';
import { FieldCell, FieldGrid } from '../common/FieldGrid';

/** The task at a glance: what is inspected, where, how many, by whom and by when. */
export const TaskHeader = () => {
  const task = useRecordContext<Task>();
  if (!task) return null;
  return (
    <FieldGrid>
      <FieldCell wide="lead">
        <Labeled source="title">
          <TextField source="title" variant="h6" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="status">
          <TaskStatusField />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="code">
          <TextField source="code" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="itemId">
          <TextField source="itemName" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="unitId">
          <ReferenceField source="unitId" reference="units" link={false} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="departmentId">
          <ReferenceField source="departmentId" reference="departments" link={false} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="origin">
          <SelectField source="origin" choices={TASK_ORIGIN_CHOICES} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="method">
          <SelectField source="method" choices={ITEM_METHOD_CHOICES} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled label="qd.tasks.quota">
          <TaskQuotaField />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="teamSize">
          <NumberField source="teamSize" />
        </Labeled>
      </FieldCell>
      <FieldCell span={2}>
        <Labeled source="districts">
          <ChoicesArrayField source="districts" choices={DISTRICT_CHOICES} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="deadline">
          <TextField source="deadline" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="dispatch">
          <BooleanField source="dispatch" />
        </Labeled>
      </FieldCell>
      <FieldCell span={2}>
        <Labeled source="entityTypes">
          <ChoicesArrayField source="entityTypes" choices={ENTITY_TYPE_CHOICES} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="scopeLineIds">
          <ReferenceArrayField source="scopeLineIds" reference="lines">
            <SingleFieldList linkType={false}>
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="excludeInspected">
          <BooleanField source="excludeInspected" />
        </Labeled>
      </FieldCell>
      {task.publicSourceRequired && (
        <FieldCell wide="row">
          <Labeled source="publicSourceNote">
            <TextField source="publicSourceNote" />
          </Labeled>
        </FieldCell>
      )}
    </FieldGrid>
  );
};

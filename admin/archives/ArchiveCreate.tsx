import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Create,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  minValue,
  required,
} from 'react-admin';
import { useMe } from '../home/useMe';
import type { Task } from '../records';
import { DOCUMENT_KIND_CHOICES, RETENTION_CHOICES } from './choices';

const taskText = (t: Task) => `${t.code} ${t.title}`;

/** The task the archive belongs to: one of the chosen line office's tasks (optional). */
const TaskInput = () => {
  const departmentId = useWatch({ name: 'departmentId' }) as number | undefined;
  return (
    <ReferenceInput source="taskId" reference="tasks" filter={departmentId ? { departmentId } : {}}>
      <AutocompleteInput optionText={taskText} filterToQuery={(q: string) => ({ q })} fullWidth />
    </ReferenceInput>
  );
};

const EntrustedToInput = () => {
  const entrusted = useWatch({ name: 'entrusted' }) as boolean | undefined;
  return entrusted ? <TextInput source="entrustedTo" validate={required()} fullWidth /> : null;
};

/**
 * 归档 (§12.1–12.2): an archive of one line (its implementing office), with its documents. Once created it is never
 * edited: changes go through an approved request (§12.3). A completed task's page opens this form filled in.
 */
export const ArchiveCreate = () => {
  const me = useMe();
  if (!me) return null;
  return (
    <Create mutationMode="pessimistic" redirect="show" title="qd.archives.create_title">
      <SimpleForm
        defaultValues={{
          departmentId: me.lineId ? me.departmentId : undefined,
          year: new Date().getFullYear(),
          retention: '30y',
          entrusted: false,
          documents: [{ kind: 'drawRecord', pages: 1 }],
        }}
      >
        <ReferenceInput source="departmentId" reference="departments" filter={{ unitId: me.unitId, lead: false }}>
          <SelectInput validate={required()} />
        </ReferenceInput>
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="refNo" validate={required()} />
        <NumberInput source="year" validate={required()} step={1} />
        <TaskInput />
        <ArrayInput source="documents" label="qd.archives.documents" validate={required()}>
          <SimpleFormIterator inline>
            <TextInput source="title" label="qd.archives.document.title" validate={required()} />
            <SelectInput source="kind" label="qd.archives.document.kind" choices={DOCUMENT_KIND_CHOICES} validate={required()} />
            <NumberInput source="pages" label="qd.archives.document.pages" validate={[required(), minValue(1)]} step={1} />
          </SimpleFormIterator>
        </ArrayInput>
        <TextInput source="custodian" validate={required()} />
        <TextInput source="location" validate={required()} fullWidth />
        <SelectInput source="retention" choices={RETENTION_CHOICES} validate={required()} />
        <BooleanInput source="entrusted" />
        <EntrustedToInput />
      </SimpleForm>
    </Create>
  );
};

import { ReferenceField, TextField, useTranslate } from 'react-admin';

/** 截止 2026-12-20: the deadline of the assignment's task, by which the result is entered (§9.3.2.4). */
export const AssignmentDeadline = () => {
  const translate = useTranslate();
  return (
    <span>
      {translate('resources.tasks.fields.deadline')}{' '}
      <ReferenceField source="taskId" reference="tasks" link={false}>
        <TextField source="deadline" />
      </ReferenceField>
    </span>
  );
};

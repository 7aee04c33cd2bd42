import { BooleanField, Labeled, ReferenceField, SelectField, TextField, useRecordContext } from 'react-admin';
import type { Archive } from '../records';
import { RETENTION_CHOICES } from './choices';
import { ArchiveStatusField } from './ArchiveStatusField';
import { FieldCell, FieldGrid } from '../common/FieldGrid';

/** The archive's catalogue entry (著录项): what anyone who may read the list sees of it. */
export const ArchiveHeader = () => {
  const a = useRecordContext<Archive>();
  if (!a) return null;
  return (
    <FieldGrid>
      <FieldCell wide="lead">
        <Labeled source="title">
          <TextField source="title" variant="h6" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="status">
          <ArchiveStatusField />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="refNo">
          <TextField source="refNo" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="year">
          <TextField source="year" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="departmentId">
          <ReferenceField source="departmentId" reference="departments" link={false} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="taskId">
          {a.taskId ? <ReferenceField source="taskId" reference="tasks" link="show" /> : <TextField source="taskCode" emptyText="—" />}
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="custodian">
          <TextField source="custodian" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="location">
          <TextField source="location" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="retention">
          <SelectField source="retention" choices={RETENTION_CHOICES} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="entrusted">{a.entrusted ? <TextField source="entrustedTo" /> : <BooleanField source="entrusted" looseValue />}</Labeled>
      </FieldCell>
    </FieldGrid>
  );
};

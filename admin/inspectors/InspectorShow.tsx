import { EditButton, ListButton, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { INSPECTOR_CATEGORY_CHOICES, INSPECTOR_STATUS_CHOICES } from '../common/libraryChoices';
import { OverdueChip } from '../library/OverdueChip';
import { InspectorConflicts } from './InspectorConflicts';
import { InspectorTransferButton } from './InspectorTransferButton';

const InspectorShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <InspectorTransferButton />
  </TopToolbar>
);

export const InspectorShow = () => {
  const { canAccess: canReadUsers } = useCanAccess({ action: 'list', resource: 'users' });
  return (
    <Show actions={<InspectorShowActions />} title={<RecordTitle titleKey="qd.inspectors.show_title" />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="unitId" reference="units" link={false} />
        <ReferenceField source="departmentId" reference="departments" link={false} emptyText="—" />
        <SelectField source="category" choices={INSPECTOR_CATEGORY_CHOICES} />
        <TextField source="certificateNo" emptyText="—" />
        <SelectField source="status" choices={INSPECTOR_STATUS_CHOICES} />
        <TextField source="changedOn" />
        <TextField source="recordedOn" />
        <OverdueChip label="resources.inspectors.fields.overdue" onTime />
        {canReadUsers && <TextField source="userId" emptyText="—" />}
      </SimpleShowLayout>
      <InspectorConflicts />
    </Show>
  );
};

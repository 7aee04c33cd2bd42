import { Edit, SimpleForm } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { OverdueChip } from '../library/OverdueChip';
import { InspectorInputs } from './InspectorInputs';
import { InspectorConflicts } from './InspectorConflicts';

export const InspectorEdit = () => (
  <Edit mutationMode="pessimistic" title={<RecordTitle titleKey="qd.inspectors.edit_title" />}>
    <SimpleForm>
      <OverdueChip />
      <InspectorInputs action="edit" />
    </SimpleForm>
    <InspectorConflicts />
  </Edit>
);

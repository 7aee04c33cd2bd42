import {
  ChipField,
  EditButton,
  ListButton,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { DISTRICT_CHOICES, ENTITY_STATUS_CHOICES, ENTITY_TYPE_CHOICES } from '../common/libraryChoices';
import { OverdueChip } from '../library/OverdueChip';

const EntityShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
  </TopToolbar>
);

export const EntityShow = () => (
  <Show actions={<EntityShowActions />} title={<RecordTitle titleKey="qd.entities.show_title" />}>
    <SimpleShowLayout>
      <TextField source="uscc" sx={{ fontFamily: 'monospace' }} />
      <TextField source="name" />
      <SelectField source="type" choices={ENTITY_TYPE_CHOICES} />
      <SelectField source="district" choices={DISTRICT_CHOICES} />
      <ReferenceField source="unitId" reference="units" link={false} />
      <TextField source="address" emptyText="—" />
      <TextField source="legalRep" emptyText="—" />
      <ReferenceArrayField source="lineIds" reference="lines">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <SelectField source="status" choices={ENTITY_STATUS_CHOICES} />
      <TextField source="changedOn" />
      <TextField source="recordedOn" />
      <OverdueChip label="resources.entities.fields.overdue" onTime />
    </SimpleShowLayout>
  </Show>
);

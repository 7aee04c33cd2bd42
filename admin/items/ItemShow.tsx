import { Divider } from '@mui/material';
import { EditButton, ListButton, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { ChoicesArrayField } from '../common/ChoicesArrayField';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordTitle } from '../common/RecordTitle';
import { ENTITY_TYPE_CHOICES, ITEM_KIND_CHOICES, ITEM_METHOD_CHOICES, ITEM_SOURCE_CHOICES, ITEM_STATUS_CHOICES } from '../common/libraryChoices';
import { ItemHistory } from './ItemHistory';

const ItemShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
  </TopToolbar>
);

export const ItemShow = () => (
  <Show actions={<ItemShowActions />} title={<RecordTitle titleKey="qd.items.show_title" />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="unitId" reference="units" link={false} />
      <ReferenceField source="lineId" reference="lines" link={false} />
      <TextField source="category" />
      <SelectField source="itemKind" choices={ITEM_KIND_CHOICES} />
      <ChoicesArrayField source="subjectTypes" choices={ENTITY_TYPE_CHOICES} />
      <TextField source="subjectNote" emptyText="—" />
      <ChoicesArrayField source="methods" choices={ITEM_METHOD_CHOICES} />
      <TextField source="ratioNote" emptyText="—" />
      <TextField source="level" emptyText="—" />
      <TextField source="legalBasis" />
      <SelectField source="source" choices={ITEM_SOURCE_CHOICES} />
      <SelectField source="status" choices={ITEM_STATUS_CHOICES} />
      <LocaleDateField source="updatedAt" />
    </SimpleShowLayout>
    <Divider />
    <ItemHistory />
  </Show>
);

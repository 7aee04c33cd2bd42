import {
  ArrayField,
  DataTable,
  Labeled,
  ListButton,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { ITEM_KIND_CHOICES, ITEM_SOURCE_CHOICES } from '../common/libraryChoices';

const oneLine = { '& th, & td.column-itemKind, & td.column-source': { whiteSpace: 'nowrap' } };

const Actions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

/** One publication: who published the list when, and the items exactly as they were published. */
export const ItemPublicationShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <ReferenceField source="unitId" reference="units" link={false} />
      <LocaleDateField source="publishedAt" />
      <TextField source="publishedByName" />
      <NumberField source="itemCount" />
      <Labeled source="items" fullWidth>
        <ArrayField source="items">
          <DataTable bulkActionButtons={false} rowClick={false} resource="items" sx={oneLine}>
            <DataTable.Col source="name" />
            <DataTable.Col source="lineId">
              <ReferenceField source="lineId" reference="lines" link={false} />
            </DataTable.Col>
            <DataTable.Col source="category" />
            <DataTable.Col source="itemKind">
              <SelectField source="itemKind" choices={ITEM_KIND_CHOICES} />
            </DataTable.Col>
            <DataTable.Col source="source">
              <SelectField source="source" choices={ITEM_SOURCE_CHOICES} />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      </Labeled>
    </SimpleShowLayout>
  </Show>
);

import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { ITEM_KIND_CHOICES, ITEM_SOURCE_CHOICES, ITEM_STATUS_CHOICES } from '../common/libraryChoices';
import { ItemListActions } from './ItemListActions';
import { itemFilters } from './itemFilters';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';

/** Headers and coded columns stay on one line; names wrap, the item's own taking the most room. */
const oneLine = {
  '& th, & td.column-itemKind, & td.column-source, & td.column-status': { whiteSpace: 'nowrap' },
  '& td.column-name': { minWidth: '15rem' },
};

/** 抽查事项清单 (§7.1): every inspection must be on it (§5.1); a row opens the item with its revision history. */
export const ItemList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={itemFilters} actions={<ItemListActions />} sort={{ field: 'id', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false} sx={oneLine}>
      <DataTable.Col source="name">
        <ShowLink source="name" />
      </DataTable.Col>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link={false} />
      </DataTable.Col>
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
      <DataTable.Col source="status">
        <SelectField source="status" choices={ITEM_STATUS_CHOICES} />
      </DataTable.Col>
    </DataTable>
  </List>
);

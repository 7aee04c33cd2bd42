import { ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { ITEM_KIND_CHOICES, ITEM_SOURCE_CHOICES, ITEM_STATUS_CHOICES } from '../common/libraryChoices';

export const itemFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="lineId" source="lineId" reference="lines" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={ITEM_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="source" source="source" choices={ITEM_SOURCE_CHOICES} alwaysOn />,
  <SelectInput key="itemKind" source="itemKind" choices={ITEM_KIND_CHOICES} />,
];

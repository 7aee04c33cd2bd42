import { NumberInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { ARCHIVE_STATUS_CHOICES } from './choices';

export const archiveFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={ARCHIVE_STATUS_CHOICES} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: '7.5rem' }} />,
  <ReferenceInput key="lineId" source="lineId" reference="lines">
    <SelectInput />
  </ReferenceInput>,
];

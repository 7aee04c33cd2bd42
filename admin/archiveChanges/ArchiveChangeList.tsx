import { List, SearchInput, SelectInput } from 'react-admin';
import { QdPagination } from '../common/QdPagination';
import { CHANGE_KIND_CHOICES, CHANGE_STATUS_CHOICES } from '../archives/choices';
import { ChangeGrid } from './ChangeGrid';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={CHANGE_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={CHANGE_KIND_CHOICES} />,
];

/** 档案变更申请 (§12.3): the ones the user may read, pending first when it opens. */
export const ArchiveChangeList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={filters} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
    <ChangeGrid />
  </List>
);

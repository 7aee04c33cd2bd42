import { List } from 'react-admin';
import { ReplacementGrid } from './ReplacementGrid';
import { replacementFilters } from './replacementFilters';
import { QdPagination } from '../common/QdPagination';

/** 回避/更换申请: opens on the pending ones, the head's 待审批 list. */
export const ReplacementList = () => (
  <List
    pagination={<QdPagination />}
    perPage={25}
    filters={replacementFilters}
    filterDefaultValues={{ status: 'pending' }}
    sort={{ field: 'id', order: 'DESC' }}
  >
    <ReplacementGrid />
  </List>
);

import { List } from 'react-admin';
import { DispatchGrid } from './DispatchGrid';
import { dispatchFilters } from './dispatchFilters';
import { QdPagination } from '../common/QdPagination';

/** 派发查收: shares sent to the user's district (to receive and match) or, for the city, the shares it sent. */
export const DispatchList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={dispatchFilters} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
    <DispatchGrid />
  </List>
);

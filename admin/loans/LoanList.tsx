import { List } from 'react-admin';
import { QdPagination } from '../common/QdPagination';
import { LoanGrid } from './LoanGrid';
import { loanFilters } from './loanFilters';

/** 档案借阅 (§12.4): the loans the user may read — its own requests, its department's, its unit's for the leader and archivists. */
export const LoanList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={loanFilters} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
    <LoanGrid />
  </List>
);

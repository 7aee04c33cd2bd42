import { DataTable, List, SelectField } from 'react-admin';
import { HOLIDAY_KIND_CHOICES } from '../common/libraryChoices';
import { holidayFilters } from './holidayFilters';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';

/** 工作日历: days off and make-up workdays; the five-working-day deadlines (§7.2.2, §7.3.2) are counted on it. */
export const HolidayList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={holidayFilters} sort={{ field: 'date', order: 'DESC' }}>
    <DataTable>
      <DataTable.Col source="date">
        <ShowLink source="date" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={HOLIDAY_KIND_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="name" />
    </DataTable>
  </List>
);

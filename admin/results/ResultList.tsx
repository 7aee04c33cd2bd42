import { useMediaQuery, type Theme } from '@mui/material';
import { BooleanInput, DataTable, List, SelectField, SelectInput, TextInput } from 'react-admin';
import { STATUS_CHOICES, CATEGORY_CHOICES } from './choices';
import { ResultStatusField } from './ResultStatusField';
import { ResultSummaryField } from './ResultSummaryField';
import { ResultReviewButtons } from './ResultReviewButtons';
import { QdPagination } from '../common/QdPagination';
import { ShowLink } from '../common/ShowLink';
import { LocaleDateField } from '../common/LocaleDateField';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES.filter((c) => c.id !== 'pending')} alwaysOn />,
  <BooleanInput key="late" source="late" />,
];

/**
 * 检查结果: the office head's review list (confirm, reopen with a reason, explain a late entry, publish) and every
 * reader's list of results in scope; rows open the result's steps. On a phone the row is two cells wide: what the
 * result is about, and its state with the decisions.
 */
export const ResultList = () => {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List pagination={<QdPagination />} filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      {phone ? (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="entityName">
            <ResultSummaryField />
          </DataTable.Col>
          <DataTable.Col source="status">
            <ResultStatusField />
            <ResultReviewButtons direction="column" />
          </DataTable.Col>
        </DataTable>
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="entityName">
            <ShowLink source="entityName" />
          </DataTable.Col>
          <DataTable.Col source="taskCode" />
          <DataTable.Col source="category">
            <SelectField source="category" choices={CATEGORY_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <ResultStatusField />
          </DataTable.Col>
          <DataTable.Col source="enteredOn">
            <LocaleDateField showTime={false} source="enteredOn" />
          </DataTable.Col>
          <DataTable.Col label="qd.results.actions" disableSort>
            <ResultReviewButtons />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

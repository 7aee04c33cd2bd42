import { DataTable, List, SelectInput, TextInput, BooleanInput, DateField } from 'react-admin';
import { Stack } from '@mui/material';
import { STATUS_CHOICES, CATEGORY_CHOICES } from './choices';
import { ResultStatusField } from './ResultStatusField';
import { ResultReasonButton, ResultStepButton } from './ResultActionButtons';
import { SelectField } from 'react-admin';
import { QdPagination } from '../common/QdPagination';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES.filter((c) => c.id !== 'pending')} alwaysOn />,
  <BooleanInput key="late" source="late" />,
];

/**
 * 检查结果: the office head's review list (confirm, reopen with a reason, explain a late entry, publish) and every
 * reader's list of results in scope; rows open the result's steps.
 */
export const ResultList = () => (
  <List pagination={<QdPagination />} filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="entityName" />
      <DataTable.Col source="taskCode" />
      <DataTable.Col source="category">
        <SelectField source="category" choices={CATEGORY_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <ResultStatusField />
      </DataTable.Col>
      <DataTable.Col source="enteredOn">
        <DateField source="enteredOn" />
      </DataTable.Col>
      <DataTable.Col label="qd.results.actions" disableSort>
        <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
          <ResultStepButton action="confirm" />
          <ResultStepButton action="publish" />
          <ResultReasonButton action="reopen" />
          <ResultReasonButton action="explain" />
        </Stack>
      </DataTable.Col>
    </DataTable>
  </List>
);

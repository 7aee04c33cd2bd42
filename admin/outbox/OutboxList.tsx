import { DataTable, List, NumberField, ReferenceField, ReferenceInput, SelectField, SelectInput, TextField } from 'react-admin';
import { KIND_CHOICES, STATE_CHOICES } from '../outsideSystems/choices';
import { LocaleDateField } from '../common/LocaleDateField';
import { QdPagination } from '../common/QdPagination';
import { OutboxStateField } from './OutboxStateField';
import { OutboxResendButton } from './OutboxResendButton';
import { OutboxNextTryField } from './OutboxNextTryField';

const filters = [
  <SelectInput key="state" source="state" choices={STATE_CHOICES} alwaysOn />,
  <ReferenceInput key="systemId" source="systemId" reference="outsideSystems" alwaysOn>
    <SelectInput optionText="displayName" />
  </ReferenceInput>,
];

/** 对外发送队列 (issue 15): every message to an outside system, newest first, with its tries, last error and next try. */
export const OutboxList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={filters} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="state">
        <OutboxStateField />
      </DataTable.Col>
      <DataTable.Col source="systemId">
        <ReferenceField source="systemId" reference="outsideSystems" link={false}>
          <TextField source="displayName" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={KIND_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="recordId" />
      <DataTable.Col source="tries">
        <NumberField source="tries" />
      </DataTable.Col>
      <DataTable.Col source="lastError" />
      <DataTable.Col source="nextTryAt">
        <OutboxNextTryField />
      </DataTable.Col>
      <DataTable.Col source="deliveredAt" field={LocaleDateField} />
      <DataTable.Col label="qd.outside.actions" disableSort>
        <OutboxResendButton />
      </DataTable.Col>
    </DataTable>
  </List>
);

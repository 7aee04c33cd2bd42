import { DataTable, FunctionField, List, ReferenceField, useRecordContext } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { nowrapCell } from '../common/tableStyles';
import { TaskReferenceField } from '../tasks/TaskReferenceField';
import { DrawStatusField } from './DrawStatusField';
import { DrawRecordPanel } from './DrawRecordPanel';
import { drawFilters } from './drawFilters';
import type { Draw } from '../records';
import { QdPagination } from '../common/QdPagination';
import { ExpandToggle, expandByToggle } from '../common/ExpandToggle';

const DrawExpand = () => {
  const draw = useRecordContext<Draw>();
  return draw ? <DrawRecordPanel drawId={draw.id} /> : null;
};

const seedStyle = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;

/** The first 16 hex digits: enough to tell records apart; the whole seed is in the unfolded record. */
const shortSeed = (d: Draw) => `${d.seed.slice(0, 16)}…`;

/** 抽取记录: every draw the user may read, voided ones too with their reason; a row unfolds into the whole record. */
export const DrawList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={drawFilters} sort={{ field: 'id', order: 'DESC' }}>
    <DataTable expand={<DrawExpand />} rowClick="expand" bulkActionButtons={false} sx={expandByToggle}>
      <DataTable.Col label="qd.list.details">
        <ExpandToggle />
      </DataTable.Col>
      <DataTable.Col source="id" />
      <DataTable.Col source="taskCode" disableSort cellSx={nowrapCell}>
        <TaskReferenceField />
      </DataTable.Col>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link={false} />
      </DataTable.Col>
      <DataTable.Col source="drawnAt" field={LocaleDateField} cellSx={nowrapCell} />
      <DataTable.Col source="status">
        <DrawStatusField />
      </DataTable.Col>
      <DataTable.Col source="poolSize" disableSort />
      <DataTable.Col source="selectedCount" disableSort />
      <DataTable.Col source="seed" disableSort>
        <FunctionField source="seed" render={shortSeed} sx={seedStyle} />
      </DataTable.Col>
    </DataTable>
  </List>
);

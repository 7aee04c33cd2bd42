import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { ChoicesArrayField } from '../common/ChoicesArrayField';
import { ShowLink } from '../common/ShowLink';
import { DISTRICT_CHOICES } from '../common/libraryChoices';
import { TASK_ORIGIN_CHOICES } from './choices';
import { TaskQuotaField } from './TaskQuotaField';
import { TaskStatusField } from './TaskStatusField';
import { taskFilters } from './taskFilters';
import { compactHead, nowrapCell, textCell } from '../common/tableStyles';
import { QdPagination } from '../common/QdPagination';
import { TaskListActions } from './TaskListActions';

/** 抽查任务: the tasks the user may read, newest first; a row opens the task and its draw. */
export const TaskList = () => (
  <List pagination={<QdPagination />} perPage={25} filters={taskFilters} sort={{ field: 'id', order: 'DESC' }} actions={<TaskListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false} sx={compactHead}>
      <DataTable.Col source="code" cellSx={nowrapCell}>
        <ShowLink source="code" />
      </DataTable.Col>
      <DataTable.Col source="title" cellSx={textCell} />
      <DataTable.Col source="itemName" cellSx={textCell} />
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link={false} />
      </DataTable.Col>
      <DataTable.Col source="origin" cellSx={nowrapCell}>
        <SelectField source="origin" choices={TASK_ORIGIN_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="districts">
        <ChoicesArrayField source="districts" choices={DISTRICT_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="ratioBp" label="qd.tasks.quota" disableSort cellSx={nowrapCell}>
        <TaskQuotaField />
      </DataTable.Col>
      <DataTable.Col source="deadline" cellSx={nowrapCell} />
      <DataTable.Col source="status">
        <TaskStatusField />
      </DataTable.Col>
    </DataTable>
  </List>
);

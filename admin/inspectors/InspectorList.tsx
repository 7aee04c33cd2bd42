import { List } from 'react-admin';
import { InspectorListActions } from './InspectorListActions';
import { InspectorGrid } from './InspectorGrid';
import { inspectorFilters } from './inspectorFilters';

/** 执法人员名录库 (§7.3): an editable grid of each unit's enforcement staff. */
export const InspectorList = () => (
  <List perPage={25} filters={inspectorFilters} actions={<InspectorListActions />} sort={{ field: 'name', order: 'ASC' }} pagination={false} exporter={false}>
    <InspectorGrid />
  </List>
);

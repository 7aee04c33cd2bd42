import { List } from 'react-admin';
import { EntityListActions } from './EntityListActions';
import { EntityGrid } from './EntityGrid';
import { entityFilters } from './entityFilters';

/** 检查对象名录库 (§7.2): an editable grid; district users see their district only (the server filters). */
export const EntityList = () => (
  <List perPage={25} filters={entityFilters} actions={<EntityListActions />} sort={{ field: 'name', order: 'ASC' }} pagination={false} exporter={false}>
    <EntityGrid />
  </List>
);

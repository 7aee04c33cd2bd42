import { DateTimeInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { AUDIT_ACTION_CHOICES, AUDIT_RESOURCE_CHOICES } from '../common/choices';

export const auditFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="resource" source="resource" choices={AUDIT_RESOURCE_CHOICES} alwaysOn />,
  <SelectInput key="action" source="action" choices={AUDIT_ACTION_CHOICES} alwaysOn />,
  <TextInput key="actorName" source="actorName" />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'code', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <DateTimeInput key="at_gte" source="at_gte" />,
  <DateTimeInput key="at_lte" source="at_lte" />,
];

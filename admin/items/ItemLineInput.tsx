import { SelectInput, required, useGetList } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useRecordAccess } from '../common/useRecordAccess';

/**
 * The business line of an item, among the lines the user may keep items for: an implementing office its own line
 * (§4.2.2 a), the lead office any line of its unit (§4.1.1 a).
 */
export const ItemLineInput = ({ action }: { action: 'create' | 'edit' }) => {
  const unitId = useWatch({ name: 'unitId' });
  const can = useRecordAccess();
  const { data: lines = [], isPending } = useGetList('lines', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  const choices = lines.filter((line) => can(action, 'items', { unitId, lineId: line.id }));
  return <SelectInput source="lineId" choices={choices} optionText="name" isPending={isPending} validate={required()} />;
};

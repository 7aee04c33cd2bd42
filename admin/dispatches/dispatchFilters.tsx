import { SelectInput } from 'react-admin';
import { DISPATCH_STATUS_CHOICES } from '../tasks/choices';

export const dispatchFilters = [<SelectInput key="status" source="status" choices={DISPATCH_STATUS_CHOICES} alwaysOn />];

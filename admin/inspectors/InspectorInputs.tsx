import { AutocompleteInput, CanAccess, DateInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { CERTIFIED_CATEGORIES, INSPECTOR_CATEGORY_CHOICES, INSPECTOR_STATUS_CHOICES } from '../common/libraryChoices';
import { InspectorUnitInput } from './InspectorUnitInput';
import { InspectorDepartmentInput } from './InspectorDepartmentInput';
import { validateChangedOn } from '../library/changedOnValidation';

/** §7.3.1: enforcement civil servants and qualified staff carry a certificate; routine supervision staff need not. */
const certificateForCategory = (value: unknown, values: Record<string, unknown>) =>
  CERTIFIED_CATEGORIES.includes(values.category as string) && !(typeof value === 'string' && value.trim()) ? 'qd.inspectors.certificate_required' : undefined;

/** An inspector's fields; the linked account only for those who may read users (administrators). */
export const InspectorInputs = ({ action }: { action: 'create' | 'edit' }) => (
  <>
    <TextInput source="name" validate={required()} />
    <InspectorUnitInput action={action} />
    <InspectorDepartmentInput />
    <SelectInput source="category" choices={INSPECTOR_CATEGORY_CHOICES} validate={required()} />
    <TextInput source="certificateNo" validate={certificateForCategory} />
    <SelectInput source="status" choices={INSPECTOR_STATUS_CHOICES} validate={required()} />
    <DateInput source="changedOn" validate={[required(), validateChangedOn]} helperText="qd.library.changed_on_helper" />
    <CanAccess action="list" resource="users">
      <ReferenceInput source="userId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
        <AutocompleteInput optionText="username" helperText="qd.inspectors.user_helper" />
      </ReferenceInput>
    </CanAccess>
  </>
);

import { Alert } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  Create,
  DateInput,
  ReferenceArrayInput,
  SimpleForm,
  TextInput,
  minLength,
  required,
  useTranslate,
} from 'react-admin';
import { today } from '../common/today';
import type { Archive } from '../records';

const archiveText = (a: Archive) => `${a.refNo} ${a.title}`;
const afterToday = (value: unknown) => (typeof value === 'string' && value <= today() ? 'qd.loans.due_after_today' : undefined);

/**
 * 申请借阅 (§12.4): the archives (of the user's unit), the purpose, the due date and whether copies are needed. Opened
 * from an archive's page with that archive already chosen; it goes to the requester's department head.
 */
export const LoanCreate = () => {
  const translate = useTranslate();
  return (
    <Create mutationMode="pessimistic" redirect="show" title="qd.loans.create_title">
      <SimpleForm defaultValues={{ copiesNeeded: false }}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('qd.loans.create_intro')}
        </Alert>
        <ReferenceArrayInput source="archiveIds" reference="archives" filter={{ status_neq: 'transferred' }}>
          <AutocompleteArrayInput optionText={archiveText} filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
        </ReferenceArrayInput>
        <TextInput source="purpose" helperText="qd.loans.purpose_helper" validate={[required(), minLength(2)]} multiline minRows={2} fullWidth />
        <DateInput source="dueDate" validate={[required(), afterToday]} />
        <BooleanInput source="copiesNeeded" />
      </SimpleForm>
    </Create>
  );
};

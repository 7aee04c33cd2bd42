import { Edit, SimpleForm } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { HolidayInputs } from './HolidayInputs';

export const HolidayEdit = () => (
  <Edit mutationMode="pessimistic" title={<RecordTitle titleKey="qd.holidays.edit_title" field="date" />}>
    <SimpleForm>
      <HolidayInputs />
    </SimpleForm>
  </Edit>
);

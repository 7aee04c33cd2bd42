import { Create, SimpleForm } from 'react-admin';
import { HolidayInputs } from './HolidayInputs';

export const HolidayCreate = () => (
  <Create mutationMode="pessimistic" redirect="list" title="qd.holidays.create_title">
    <SimpleForm>
      <HolidayInputs />
    </SimpleForm>
  </Create>
);

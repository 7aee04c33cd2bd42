import { Edit, SimpleForm } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { EntityInputs } from './EntityInputs';
import { EntityRecorded } from './EntityRecorded';

export const EntityEdit = () => (
  <Edit mutationMode="pessimistic" title={<RecordTitle titleKey="qd.entities.edit_title" />}>
    <SimpleForm mode="onBlur" reValidateMode="onChange">
      <EntityRecorded />
      <EntityInputs />
    </SimpleForm>
  </Edit>
);

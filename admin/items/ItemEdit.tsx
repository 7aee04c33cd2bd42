import { Edit, SimpleForm } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { ItemInputs } from './ItemInputs';
import { ItemHistory } from './ItemHistory';

export const ItemEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<RecordTitle titleKey="qd.items.edit_title" />}>
    <SimpleForm>
      <ItemInputs action="edit" />
    </SimpleForm>
    <ItemHistory />
  </Edit>
);

import { Create, SimpleForm } from 'react-admin';
import { TaskInputs } from './TaskInputs';

export const TaskCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TaskInputs />
    </SimpleForm>
  </Create>
);

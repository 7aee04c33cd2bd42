import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { today } from '../common/today';
import { InspectorInputs } from './InspectorInputs';

/** A new inspector starts in the user's unit and department, on duty, changed today. */
export const InspectorCreate = () => {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  const defaults = { unitId: identity.unitId, departmentId: identity.departmentId ?? null, category: 'civil_servant', status: 'active', changedOn: today() };
  return (
    <Create mutationMode="pessimistic" redirect="show" title="qd.inspectors.create_title" record={defaults}>
      <SimpleForm>
        <InspectorInputs action="create" />
      </SimpleForm>
    </Create>
  );
};

import { Create, SimpleForm, useGetIdentity, useGetOne } from 'react-admin';
import { today } from '../common/today';
import { EntityInputs } from './EntityInputs';

/** A new entity starts in the user's district (a district bureau's own) and line, existing, changed today. */
export const EntityCreate = () => {
  const { identity } = useGetIdentity();
  const { data: unit } = useGetOne('units', { id: identity?.unitId }, { enabled: identity?.unitId != null });
  if (!identity || (identity.unitId != null && !unit)) return null;
  const defaults = {
    type: 'enterprise',
    district: unit?.level === 'district' ? unit.code : undefined,
    status: 'active',
    changedOn: today(),
    lineIds: identity.lineId ? [identity.lineId] : [],
  };
  return (
    <Create mutationMode="pessimistic" redirect="list" title="qd.entities.create_title" record={defaults}>
      <SimpleForm mode="onBlur" reValidateMode="onChange">
        <EntityInputs />
      </SimpleForm>
    </Create>
  );
};

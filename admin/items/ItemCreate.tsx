import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { ItemInputs } from './ItemInputs';

/** A new item starts in the user's unit and line, in use, added by the city (市新增, §7.1.2). */
export const ItemCreate = () => {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  const defaults = {
    unitId: identity.unitId,
    lineId: identity.lineId ?? undefined,
    status: 'active',
    source: 'city',
    itemKind: 'general',
    subjectTypes: [],
    methods: [],
  };
  return (
    <Create mutationMode="pessimistic" redirect="show" title="qd.items.create_title" record={defaults}>
      <SimpleForm>
        <ItemInputs action="create" />
      </SimpleForm>
    </Create>
  );
};

import { ReferenceOneField, TextField } from 'react-admin';

/**
 * Who asked: the API records a user id and users are not readable outside administration, so the name comes from
 * the requester's inspector record when there is one.
 */
export const RequesterField = () => (
  <ReferenceOneField reference="inspectors" target="userId" source="requestedBy" link={false} empty="—">
    <TextField source="name" />
  </ReferenceOneField>
);

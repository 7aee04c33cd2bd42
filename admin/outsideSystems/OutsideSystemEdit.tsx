import { Edit, SimpleForm } from 'react-admin';
import { OutsideSystemInputs } from './OutsideSystemInputs';

/** What the API says of the credential is read-only: a PUT carrying it is refused, so it is not sent back. */
const withoutCredentialNote = ({ tokenVariable, tokenSet, ...data }: Record<string, unknown>) => data;

export const OutsideSystemEdit = () => (
  <Edit mutationMode="pessimistic" transform={withoutCredentialNote} redirect="list">
    <SimpleForm>
      <OutsideSystemInputs isNew={false} />
    </SimpleForm>
  </Edit>
);

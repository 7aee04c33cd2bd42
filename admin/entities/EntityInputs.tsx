import { CheckboxGroupInput, DateInput, ReferenceArrayInput, SelectInput, TextInput, required } from 'react-admin';
import { DISTRICT_CHOICES, ENTITY_STATUS_CHOICES, ENTITY_TYPE_CHOICES } from '../common/libraryChoices';
import { validateUscc } from '../library/usccValidation';
import { EntityUsccWarning } from './EntityUsccWarning';
import { validateChangedOn } from '../library/changedOnValidation';

const upper = (value: string) => value.toUpperCase();

/** An entity's fields (§3.3, §7.2): the code is checked as GB 32100 prescribes before it is sent. */
export const EntityInputs = () => (
  <>
    <TextInput source="uscc" validate={[required(), validateUscc]} parse={upper} helperText="qd.entities.uscc_helper" />
    <SelectInput source="type" choices={ENTITY_TYPE_CHOICES} validate={required()} />
    <EntityUsccWarning />
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="district" choices={DISTRICT_CHOICES} validate={required()} />
    <SelectInput source="status" choices={ENTITY_STATUS_CHOICES} validate={required()} />
    <DateInput source="changedOn" validate={[required(), validateChangedOn]} helperText="qd.library.changed_on_helper" />
    <TextInput source="address" fullWidth />
    <TextInput source="legalRep" />
    <ReferenceArrayInput source="lineIds" reference="lines" sort={{ field: 'id', order: 'ASC' }}>
      <CheckboxGroupInput optionText="name" label="resources.entities.fields.lineIds" />
    </ReferenceArrayInput>
  </>
);

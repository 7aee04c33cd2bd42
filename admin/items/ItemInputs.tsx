import { CheckboxGroupInput, RadioButtonGroupInput, ReferenceInput, SelectInput, TextInput, minLength, required } from 'react-admin';
import { ENTITY_TYPE_CHOICES, ITEM_KIND_CHOICES, ITEM_METHOD_CHOICES, ITEM_SOURCE_CHOICES, ITEM_STATUS_CHOICES } from '../common/libraryChoices';
import { ItemLineInput } from './ItemLineInput';

/** The fields of an item, and the reason every change must give (§7.1.3: kept in the revision history). */
export const ItemInputs = ({ action }: { action: 'create' | 'edit' }) => (
  <>
    <ReferenceInput source="unitId" reference="units">
      <SelectInput optionText="name" readOnly validate={required()} />
    </ReferenceInput>
    <ItemLineInput action={action} />
    <SelectInput source="status" choices={ITEM_STATUS_CHOICES} validate={required()} />
    <TextInput source="name" validate={[required(), minLength(2)]} fullWidth />
    <TextInput source="category" validate={required()} />
    <SelectInput source="source" choices={ITEM_SOURCE_CHOICES} validate={required()} />
    <RadioButtonGroupInput source="itemKind" choices={ITEM_KIND_CHOICES} validate={required()} />
    <CheckboxGroupInput source="subjectTypes" choices={ENTITY_TYPE_CHOICES} validate={required()} />
    <TextInput source="subjectNote" fullWidth />
    <CheckboxGroupInput source="methods" choices={ITEM_METHOD_CHOICES} validate={required()} />
    <TextInput source="ratioNote" fullWidth />
    <TextInput source="level" fullWidth />
    <TextInput source="legalBasis" validate={[required(), minLength(2)]} multiline minRows={2} fullWidth />
    <TextInput source="reason" validate={[required(), minLength(2)]} helperText="qd.items.reason_helper" multiline fullWidth />
  </>
);

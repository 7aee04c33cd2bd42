import { ReferenceField, useTranslate } from 'react-admin';
import { ENTITY_TYPE_CHOICES, ITEM_KIND_CHOICES, ITEM_METHOD_CHOICES, ITEM_SOURCE_CHOICES, ITEM_STATUS_CHOICES, type Choice } from '../common/libraryChoices';

/** Coded fields of an item and the choices that name their values. */
const CODED: Record<string, Choice[]> = {
  subjectTypes: ENTITY_TYPE_CHOICES,
  methods: ITEM_METHOD_CHOICES,
  itemKind: ITEM_KIND_CHOICES,
  source: ITEM_SOURCE_CHOICES,
  status: ITEM_STATUS_CHOICES,
};
const REFERENCES: Record<string, string> = { unitId: 'units', lineId: 'lines' };

/** No value: a field not filled in (before an item's creation, every field). */
export const isEmptyValue = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);

/** A field's value in a revision, as a person reads it: names for codes and references. */
export const ItemChangeValue = ({ field, value }: { field: string; value: unknown }) => {
  const translate = useTranslate();
  if (isEmptyValue(value)) {
    return <em>{translate('qd.items.history.empty')}</em>;
  }
  if (REFERENCES[field]) return <ReferenceField record={{ id: 0, [field]: value }} source={field} reference={REFERENCES[field]} link={false} />;
  const choices = CODED[field];
  const name = (code: unknown) => translate(choices?.find((c) => c.id === code)?.name ?? String(code), { _: String(code) });
  if (Array.isArray(value)) return <span>{value.map(name).join(translate('qd.library.separator'))}</span>;
  return <span>{choices ? name(value) : String(value)}</span>;
};

import { ENTITY_TYPES } from '../../api/domain/uscc';

/** Choices of the 一单两库 screens (calendar, items, entities, inspectors); names are translation keys. */
const choices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

export const HOLIDAY_KINDS = ['holiday', 'workday'] as const;
export const HOLIDAY_KIND_CHOICES = choices('qd.holidays.kinds', HOLIDAY_KINDS);

export const ITEM_KINDS = ['general', 'key'] as const;
export const ITEM_METHODS = ['onsite', 'document', 'online', 'third_party'] as const;
export const ITEM_SOURCES = ['province', 'city'] as const;
export const ITEM_STATUSES = ['active', 'retired'] as const;
export const ITEM_KIND_CHOICES = choices('qd.items.kinds', ITEM_KINDS);
export const ITEM_METHOD_CHOICES = choices('qd.items.methods', ITEM_METHODS);
export const ITEM_SOURCE_CHOICES = choices('qd.items.sources', ITEM_SOURCES);
export const ITEM_STATUS_CHOICES = choices('qd.items.statuses', ITEM_STATUSES);

/** The ten districts of Qingdao by administrative division code (the `district` of an entity). */
export const DISTRICTS = ['370202', '370203', '370211', '370212', '370213', '370214', '370215', '370281', '370283', '370285'] as const;
export const DISTRICT_CHOICES = choices('qd.library.districts', DISTRICTS);

export const ENTITY_STATUSES = ['active', 'cancelled', 'revoked', 'moved_out'] as const;
export const ENTITY_TYPE_CHOICES = choices('qd.library.entity_types', ENTITY_TYPES);
export const ENTITY_STATUS_CHOICES = choices('qd.library.entity_statuses', ENTITY_STATUSES);

export const INSPECTOR_CATEGORIES = ['civil_servant', 'qualified', 'supervisor'] as const;
/** §7.3.1: these two categories hold an enforcement certificate. */
export const CERTIFIED_CATEGORIES: readonly string[] = ['civil_servant', 'qualified'];
export const INSPECTOR_STATUSES = ['active', 'transferred', 'suspended', 'retired'] as const;
export const INSPECTOR_CATEGORY_CHOICES = choices('qd.library.inspector_categories', INSPECTOR_CATEGORIES);
export const INSPECTOR_STATUS_CHOICES = choices('qd.library.inspector_statuses', INSPECTOR_STATUSES);

export type Choice = { id: string; name: string };

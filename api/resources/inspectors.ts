import { z } from 'zod';
import { defineResource } from './types.js';
import type { Row } from '../store/store.js';
import { prepareWith, stampChange, type LibraryLookups } from './library.js';
import { nameSortKey } from '../domain/nameKey.js';

/** §7.3.1: the three kinds of staff in the inspector library; the first two hold enforcement certificates. */
export const INSPECTOR_CATEGORIES = ['civil_servant', 'qualified', 'supervisor'] as const;
export const CERTIFIED_CATEGORIES: readonly string[] = ['civil_servant', 'qualified'];
export const INSPECTOR_STATUSES = ['active', 'transferred', 'suspended', 'retired'] as const;

const schema = z.object({
  name: z.string().trim().min(1).max(50),
  unitId: z.int().positive(),
  departmentId: z.int().positive().nullable().optional(),
  category: z.enum(INSPECTOR_CATEGORIES),
  certificateNo: z.string().trim().max(30).nullable().optional(),
  status: z.enum(INSPECTOR_STATUSES),
  userId: z.int().positive().nullable().optional(),
  changedOn: z.iso.date(),
});
export type InspectorInput = z.infer<typeof schema>;

/** Rules beyond the schema (§7.3): certificate for the certified categories, department in the unit, the 5-day stamp. */
export function checkInspector(
  input: InspectorInput,
  existing: Row | undefined,
  lookups: LibraryLookups,
): { record: Record<string, unknown> } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const certificateNo = input.certificateNo?.trim() || null;
  if (CERTIFIED_CATEGORIES.includes(input.category) && !certificateNo) errors.certificateNo = '行政执法类公务员和具有行政执法资格人员须填写执法证号';
  if (input.departmentId && lookups.departments.get(input.departmentId) !== input.unitId) errors.departmentId = '部门不属于所选单位';
  if (input.userId && lookups.users.get(input.userId) !== input.unitId) errors.userId = '关联账户不属于所选单位';
  const stamp = stampChange(input.changedOn, existing, lookups);
  if (typeof stamp === 'string') errors.changedOn = stamp;
  if (Object.keys(errors).length || typeof stamp === 'string') return { errors };
  return {
    record: {
      ...input,
      certificateNo,
      nameKey: nameSortKey(input.name, { person: true }),
      departmentId: input.departmentId ?? null,
      userId: input.userId ?? null,
      ...stamp,
    },
  };
}

/** 执法人员名录库 (§7.3): kept by each unit's implementing offices; late updates flagged (§7.3.2). */
export const inspectors = defineResource({
  name: 'inspectors',
  subject: 'Inspector',
  schema,
  computed: z.object({ recordedOn: z.iso.date(), overdue: z.boolean() }),
  search: ['name', 'certificateNo'],
  hidden: ['nameKey'],
  sortKeys: { name: 'nameKey' },
  defaultSort: ['name', 'ASC'],
  prepare: prepareWith(checkInspector),
});

export { schema as inspectorSchema };

import { z } from 'zod';
import { defineResource } from './types.js';
import { checkUscc, ENTITY_TYPES, USCC_MESSAGES } from '../domain/uscc.js';
import type { Row } from '../store/store.js';
import { prepareWith, stampChange, type LibraryLookups } from './library.js';
import { nameSortKey } from '../domain/nameKey.js';

export const ENTITY_STATUSES = ['active', 'cancelled', 'revoked', 'moved_out'] as const;

const schema = z.object({
  uscc: z.string().trim().min(1).max(18),
  name: z.string().trim().min(1).max(100),
  type: z.enum(ENTITY_TYPES),
  district: z.string().regex(/^\d{6}$/, '应为 6 位行政区划代码'),
  address: z.string().trim().max(200).nullable().optional(),
  legalRep: z.string().trim().max(50).nullable().optional(),
  lineIds: z.array(z.int().positive()).max(20).default([]),
  status: z.enum(ENTITY_STATUSES),
  changedOn: z.iso.date(),
});
export type EntityInput = z.infer<typeof schema>;

/**
 * The rules of an entity record beyond its schema (§3.3, §7.2): a valid 统一社会信用代码, a district of Qingdao,
 * known lines, and the five-working-day stamp. Shared by single writes and imports.
 */
export function checkEntity(
  input: EntityInput,
  existing: Row | undefined,
  lookups: LibraryLookups,
): { record: Record<string, unknown> } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const uscc = input.uscc.toUpperCase();
  const problem = checkUscc(uscc);
  if (problem) errors.uscc = USCC_MESSAGES[problem];
  const unitId = lookups.districts.get(input.district);
  if (!unitId) errors.district = '不是青岛市的区（市）代码';
  const unknownLine = input.lineIds.find((id) => !lookups.lineIds.has(id));
  if (unknownLine) errors.lineIds = `业务条线 ${unknownLine} 不存在`;
  const stamp = stampChange(input.changedOn, existing, lookups);
  if (typeof stamp === 'string') errors.changedOn = stamp;
  if (Object.keys(errors).length || typeof stamp === 'string') return { errors };
  return {
    record: {
      ...input,
      uscc,
      nameKey: nameSortKey(input.name),
      address: input.address ?? null,
      legalRep: input.legalRep ?? null,
      lineIds: [...new Set(input.lineIds)].sort((a, b) => a - b),
      unitId,
      ...stamp,
    },
  };
}

/** 检查对象名录库 (§7.2): scoped by the district's bureau; late entries flagged (§7.2.2). */
export const entities = defineResource({
  name: 'entities',
  subject: 'Entity',
  schema,
  computed: z.object({ unitId: z.int(), recordedOn: z.iso.date(), overdue: z.boolean() }),
  search: ['name', 'uscc'],
  searchWhen: { uscc: /^[0-9A-Za-z]+$/ },
  searchBigrams: { name: 'nameBigrams' },
  hidden: ['nameBigrams', 'nameKey'],
  derived: ['nameBigrams'],
  sortKeys: { name: 'nameKey' },
  defaultSort: ['name', 'ASC'],
  prepare: prepareWith(checkEntity),
});

export { schema as entitySchema };

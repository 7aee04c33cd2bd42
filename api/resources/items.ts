import { z } from 'zod';
import { defineResource } from './types.js';
import { invalidField } from '../rest/errors.js';
import { ENTITY_TYPES } from '../domain/uscc.js';
import { diffFields, type FieldChange } from '../domain/diff.js';
import type { RecordOf } from './types.js';

export const INSPECTION_METHODS = ['onsite', 'document', 'online', 'third_party'] as const;

const schema = z.object({
  unitId: z.int().positive(),
  lineId: z.int().positive(),
  name: z.string().trim().min(2).max(200),
  category: z.string().trim().min(1).max(50),
  subjectTypes: z.array(z.enum(ENTITY_TYPES)).min(1),
  subjectNote: z.string().trim().max(200).nullable().optional(),
  itemKind: z.enum(['general', 'key']),
  methods: z.array(z.enum(INSPECTION_METHODS)).min(1),
  ratioNote: z.string().trim().max(200).nullable().optional(),
  level: z.string().trim().max(100).nullable().optional(),
  legalBasis: z.string().trim().min(2).max(1000),
  source: z.enum(['province', 'city']),
  status: z.enum(['active', 'retired']),
});
const FIELDS = Object.keys(schema.shape);

/**
 * 抽查事项清单 (§7.1): implementing offices keep their line's items, the lead office all of its unit's.
 * Every change carries a reason and is kept as a revision with who, when and what changed (§7.1.3).
 */
export const items = defineResource({
  name: 'items',
  subject: 'Item',
  schema,
  inputOnly: z.object({ reason: z.string().trim().max(500).optional() }),
  search: ['name', 'legalBasis', 'category'],
  defaultSort: ['id', 'ASC'],
  async prepare({ reason, ...input }, { tx }) {
    if (!reason || (reason as string).length < 2) throw invalidField('reason', '请填写修改原因');
    tx.reason = reason as string;
    return { ...input, subjectNote: input.subjectNote ?? null, ratioNote: input.ratioNote ?? null, level: input.level ?? null };
  },
  async afterWrite(before, after, { tx, principal }) {
    if (!after) return;
    const changes = diffFields(before, after, FIELDS);
    await tx.query(
      `INSERT INTO item_revisions ("itemId", "unitId", "lineId", revision, at, "actorId", "actorName", reason, snapshot, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [after.id, after.unitId, after.lineId, after.version, tx.now, tx.actor.id, principal.name, tx.reason, JSON.stringify(after), JSON.stringify(changes)],
    );
  },
});

/** An item's revisions, newest first: read-only, written by the items resource itself. */
export const itemRevisions = defineResource({
  name: 'itemRevisions',
  table: 'item_revisions',
  subject: 'ItemRevision',
  readOnly: true,
  bookkeeping: false,
  schema: z.object({
    itemId: z.int(),
    unitId: z.int(),
    lineId: z.int(),
    revision: z.int(),
    at: z.iso.datetime(),
    actorId: z.int().nullable(),
    actorName: z.string().nullable(),
    reason: z.string(),
    snapshot: z.record(z.string(), z.unknown()),
    changes: z.array(z.custom<FieldChange>()),
  }),
  search: ['reason', 'actorName'],
  defaultSort: ['revision', 'DESC'],
});

/** Each publication of a unit's item list, with the list as published. */
export const itemPublications = defineResource({
  name: 'itemPublications',
  table: 'item_publications',
  subject: 'ItemPublication',
  readOnly: true,
  bookkeeping: false,
  schema: z.object({
    unitId: z.int(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.int().nullable(),
    publishedByName: z.string().nullable(),
    itemCount: z.int(),
    // The items as published (stored rows, jsonb).
    items: z.array(z.custom<RecordOf<typeof items>>()),
  }),
  defaultSort: ['publishedAt', 'DESC'],
});

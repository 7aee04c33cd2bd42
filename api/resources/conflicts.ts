import { z } from 'zod';
import { defineResource } from './types.js';
import { invalidField } from '../rest/errors.js';

/** 回避: an inspector must not inspect this entity (§9.2.2); the draw respects every declared pair. */
export const conflicts = defineResource({
  name: 'conflicts',
  subject: 'Conflict',
  schema: z.object({
    inspectorId: z.int().positive(),
    entityId: z.int().positive(),
    reason: z.string().trim().min(2).max(200),
  }),
  computed: z.object({ unitId: z.int() }),
  search: ['reason'],
  async prepare(input, { tx }) {
    const [inspector] = await tx.query<{ unitId: number }>('SELECT "unitId" FROM inspectors WHERE id = $1', [input.inspectorId]);
    if (!inspector) throw invalidField('inspectorId', '引用的记录不存在');
    return { ...input, unitId: inspector.unitId };
  },
});

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
    const [inspector] = await tx.query<{ unitId: number; level: string }>(
      'SELECT i."unitId", u.level FROM inspectors i JOIN units u ON u.id = i."unitId" WHERE i.id = $1',
      [input.inspectorId],
    );
    if (!inspector) throw invalidField('inspectorId', '引用的记录不存在');
    // A district's inspectors only ever inspect its own entities; the city's anywhere. Nothing else is said about others.
    const [entity] = await tx.query<{ unitId: number }>('SELECT "unitId" FROM entities WHERE id = $1', [input.entityId]);
    if (!entity || (inspector.level !== 'city' && entity.unitId !== inspector.unitId)) throw invalidField('entityId', '不是该执法人员辖区内的检查对象');
    return { ...input, unitId: inspector.unitId };
  },
});

import { z } from 'zod';
import { defineResource } from './types.js';
import { invalidField } from '../rest/errors.js';

/** 处/科室: one lead office per unit (§4.1, `lead`), the others implementing offices of one line each (§4.2). */
export const departments = defineResource({
  name: 'departments',
  subject: 'Department',
  schema: z.object({
    name: z.string().trim().min(1).max(50),
    unitId: z.int().positive(),
    lead: z.boolean().default(false),
    lineId: z.int().positive().nullable().optional(),
  }),
  search: ['name'],
  async prepare(input) {
    if (input.lead) return { ...input, lineId: null };
    if (!input.lineId) throw invalidField('lineId', '实施机构须指定业务条线');
    return input;
  },
});

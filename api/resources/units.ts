import { z } from 'zod';
import { defineResource } from './types.js';
import { frag } from '../store/sql.js';
import { invalidField } from '../rest/errors.js';

/** 单位: the city bureau and the district bureaus; `code` is the GB/T 2260 division code. */
export const units = defineResource({
  name: 'units',
  subject: 'Unit',
  schema: z.object({
    name: z.string().trim().min(1).max(50),
    code: z.string().regex(/^\d{6}$/, '应为 6 位行政区划代码'),
    level: z.enum(['city', 'district']),
  }),
  search: ['name', 'code'],
  defaultSort: ['code', 'ASC'],
  // §8.1: the units with no published plan for a year (published plans are public, so this tells nobody anything new).
  customFilters: {
    withoutPublishedPlan: (value) => {
      const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
      if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2100) throw invalidField('withoutPublishedPlan', '应为年度（2000–2100）');
      return frag(`NOT EXISTS (SELECT 1 FROM plans p WHERE p."unitId" = units.id AND p.year = $? AND p.status = 'published')`, year);
    },
  },
});

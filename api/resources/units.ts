import { z } from 'zod';
import { defineResource } from './types.js';

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
});

import { z } from 'zod';
import { defineResource } from './types.js';

/** 业务条线: the bureau's business lines; each implementing office owns one (§4.2). */
export const lines = defineResource({
  name: 'lines',
  subject: 'Line',
  schema: z.object({
    name: z.string().trim().min(1).max(50),
    code: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, '应为小写字母、数字或下划线'),
  }),
  search: ['name', 'code'],
});

import { z } from 'zod';
import { defineResource } from './types.js';

/** 审计日志: read-only; written only by the store inside each write's transaction. */
export const audit = defineResource({
  name: 'audit',
  subject: 'AuditEntry',
  readOnly: true,
  bookkeeping: false,
  schema: z.object({
    at: z.iso.datetime(),
    actorId: z.int().nullable(),
    actorName: z.string().nullable(),
    unitId: z.int().nullable(),
    action: z.string(),
    resource: z.string(),
    recordId: z.string().nullable(),
    reason: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  }),
  hidden: ['entry'],
  search: ['actorName', 'resource', 'action'],
  defaultSort: ['id', 'DESC'],
  present(row) {
    const { before, after } = JSON.parse(row.entry as string);
    return { ...row, before, after };
  },
});

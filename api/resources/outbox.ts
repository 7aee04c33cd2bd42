import { z } from 'zod';
import { defineResource } from './types.js';
import { tokenVariable } from '../actions/outbox.js';
import { OUTBOX_KINDS, OUTBOX_STATES } from '../domain/outbox.js';

/**
 * 对外共享系统 (issue 15): where publications go. Admins keep them; a system's credential is never stored — it comes
 * from the environment variable named after it (OUTSIDE_<NAME>_TOKEN), and the API only says whether it is set.
 */
export const outsideSystems = defineResource({
  name: 'outsideSystems',
  table: 'outside_systems',
  subject: 'OutsideSystem',
  schema: z.object({
    name: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9]{0,29}$/, '系统代号只能由小写字母和数字组成，以字母开头，最多 30 个字符'),
    displayName: z.string().trim().min(1).max(60),
    baseUrl: z
      .string()
      .trim()
      .max(300)
      .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, '请填写 http:// 或 https:// 开头的地址，不含查询参数'),
    kinds: z
      .array(z.enum(OUTBOX_KINDS))
      .max(3)
      .refine((k) => new Set(k).size === k.length, '接收的记录类型不能重复'),
    enabled: z.boolean(),
  }),
  search: ['name', 'displayName'],
  defaultSort: ['name', 'ASC'],
  present: (row) => {
    const variable = tokenVariable(String(row.name));
    return { ...row, tokenVariable: variable, tokenSet: Boolean(process.env[variable]) };
  },
});

/** 对外发送队列: every message, its state, tries and last error; written by publishing, read by admins. */
export const outbox = defineResource({
  name: 'outbox',
  subject: 'OutboxMessage',
  readOnly: true,
  schema: z.object({
    systemId: z.number().int(),
    kind: z.enum(OUTBOX_KINDS),
    recordId: z.number().int(),
    payload: z.record(z.string(), z.unknown()),
    idempotencyKey: z.string(),
    state: z.enum(OUTBOX_STATES),
    tries: z.number().int(),
    lastError: z.string().nullable(),
    nextTryAt: z.iso.datetime({ offset: true }),
    leaseUntil: z.iso.datetime({ offset: true }).nullable(),
    deliveredAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  defaultSort: ['id', 'DESC'],
});

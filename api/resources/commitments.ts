import { z } from 'zod';
import { defineResource } from './types.js';

export const COMMITMENT_STATUSES = ['live', 'drawn', 'voided'] as const;

/**
 * 抽取承诺 (DRAW-SPEC §1a): made before a task's announced public randomness source is known — the entity pool and the
 * inspector pool with its exclusions frozen, the nonce drawn and kept secret, its commitment H published. Written
 * only by api/actions/commitments.ts. The nonce and the frozen lists are never read by the generic layer: the nonce
 * leaves the server only inside the draw record, and the pools are served by GET /api/public/commitments/:taskCode.
 */
export const commitments = defineResource({
  name: 'commitments',
  subject: 'Commitment',
  readOnly: true,
  bookkeeping: false,
  schema: z.object({
    taskId: z.int(),
    unitId: z.int(),
    departmentId: z.int(),
    taskCode: z.string(),
    kind: z.enum(['full', 'entities']),
    commitment: z.string(),
    poolHash: z.string(),
    poolSize: z.int(),
    poolCounts: z.record(z.string(), z.int()),
    inspectorPoolHash: z.string(),
    inspectorCount: z.int(),
    ratioBp: z.int().nullable(),
    count: z.int().nullable(),
    teamSize: z.int(),
    publicSourceNote: z.string(),
    publicSourceDate: z.iso.date(),
    committedAt: z.iso.datetime(),
    committedBy: z.int(),
    committedByName: z.string().nullable(),
    status: z.enum(COMMITMENT_STATUSES),
    drawId: z.int().nullable(),
    voidReason: z.string().nullable(),
    voidedAt: z.iso.datetime().nullable(),
    voidedBy: z.int().nullable(),
  }),
  hidden: ['nonce', 'poolText', 'inspectorPool', 'exclusions'],
  unread: ['nonce', 'poolText', 'inspectorPool', 'exclusions'],
  defaultSort: ['id', 'DESC'],
});

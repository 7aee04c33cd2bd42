/**
 * The publication feed's vocabulary (issue 15), shared by the API and the admin: which records go to outside systems
 * and the states a message passes through (待发送 → 发送中 → 已送达, or 失败 after the last try).
 */
export const OUTBOX_KINDS = ['result', 'nonCooperation', 'draw'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export const OUTBOX_STATES = ['pending', 'sending', 'delivered', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

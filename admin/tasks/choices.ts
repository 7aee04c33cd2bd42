/** The coded values of tasks, draws, dispatches and replacements (api/resources/tasks.ts); names are translation keys. */
const choicesOf = (ids: readonly string[], prefix: string) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

export const TASK_STATUSES = ['draft', 'committed', 'drawn', 'inspecting', 'completed', 'published'] as const;
export const TASK_ORIGINS = ['dispatched', 'own', 'joint'] as const;
export const DRAW_KINDS = ['full', 'entities', 'team'] as const;
export const DRAW_STATUSES = ['valid', 'voided'] as const;
export const DISPATCH_STATUSES = ['sent', 'received', 'matched', 'voided'] as const;
export const REPLACEMENT_KINDS = ['recusal', 'post_change', 'work_conflict', 'health', 'other'] as const;
export const REPLACEMENT_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

export const TASK_STATUS_CHOICES = choicesOf(TASK_STATUSES, 'qd.tasks.statuses');
export const TASK_ORIGIN_CHOICES = choicesOf(TASK_ORIGINS, 'qd.tasks.origins');
export const DRAW_KIND_CHOICES = choicesOf(DRAW_KINDS, 'qd.draws.kinds');
export const DRAW_STATUS_CHOICES = choicesOf(DRAW_STATUSES, 'qd.draws.statuses');
export const DISPATCH_STATUS_CHOICES = choicesOf(DISPATCH_STATUSES, 'qd.dispatches.statuses');
export const REPLACEMENT_KIND_CHOICES = choicesOf(REPLACEMENT_KINDS, 'qd.replacements.kinds');
export const REPLACEMENT_STATUS_CHOICES = choicesOf(REPLACEMENT_STATUSES, 'qd.replacements.statuses');

/** The coded values of plans and their lines (api/resources/plans.ts, items.ts); names are translation keys. */
const choicesOf = (ids: readonly string[], prefix: string) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

export const PLAN_STATUSES = ['draft', 'published'] as const;
export const FREQUENCIES = ['once', 'half_yearly', 'quarterly', 'monthly', 'as_needed'] as const;
export const INSPECTION_METHODS = ['onsite', 'document', 'online', 'third_party'] as const;
export const ADJUSTMENT_STATUSES = ['pending', 'accepted', 'rejected', 'withdrawn'] as const;

export const PLAN_STATUS_CHOICES = choicesOf(PLAN_STATUSES, 'qd.plans.status');
export const FREQUENCY_CHOICES = choicesOf(FREQUENCIES, 'qd.plans.frequencies');
export const METHOD_CHOICES = choicesOf(INSPECTION_METHODS, 'qd.plans.methods');
export const ADJUSTMENT_STATUS_CHOICES = choicesOf(ADJUSTMENT_STATUSES, 'qd.plans.adjustments.status');

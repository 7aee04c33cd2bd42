/** One field's change between two versions of a record. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields whose values differ (compared as JSON), in the order of `fields`. */
export function diffFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  return fields
    .filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
}

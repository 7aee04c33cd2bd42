import type { FieldChange } from '../../api/domain/diff';

/** One revision of an item (read-only; the items resource writes it on every change, §7.1.3). */
export interface ItemRevision {
  id: number;
  itemId: number;
  unitId: number;
  lineId: number;
  revision: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  reason: string;
  snapshot: Record<string, unknown>;
  changes: FieldChange[];
}

/** No list of its own: revisions are read on their item's page. */
export default {
  recordRepresentation: (r: ItemRevision) => `#${r.revision}`,
};

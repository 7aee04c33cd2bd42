/** 回避: an inspector must not inspect this entity (§9.2.2). Kept on the inspector's page; no list of its own. */
export interface Conflict {
  id: number;
  version: number;
  inspectorId: number;
  entityId: number;
  reason: string;
  unitId: number;
}

export default {
  recordRepresentation: (c: Conflict) => c.reason,
};

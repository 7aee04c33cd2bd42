import type { ItemRevision } from '../records';

/** No list of its own: revisions are read on their item's page. */
export default {
  recordRepresentation: (r: ItemRevision) => `#${r.revision}`,
};

import type { Conflict } from '../records';

export default {
  recordRepresentation: (c: Conflict) => c.reason,
};

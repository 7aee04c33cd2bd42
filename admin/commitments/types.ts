import type { RecordOf } from '../../api/resources/types';
import type { commitments } from '../../api/resources/commitments';

/** A commitment as GET /api/commitments lists it: no nonce, no frozen lists (those are public at /api/public/commitments/:taskCode). */
export type Commitment = RecordOf<typeof commitments>;

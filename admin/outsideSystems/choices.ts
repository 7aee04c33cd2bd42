import { OUTBOX_KINDS, OUTBOX_STATES } from '../../api/domain/outbox';

/** The records an outside system may receive and a message's states; names are translation keys. */
export const KIND_CHOICES = OUTBOX_KINDS.map((id) => ({ id, name: `qd.outside.kinds.${id}` }));
export const STATE_CHOICES = OUTBOX_STATES.map((id) => ({ id, name: `qd.outside.states.${id}` }));

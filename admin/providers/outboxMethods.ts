import type { fetchUtils, Identifier } from 'react-admin';
import type { OutboxMessage } from '../records';

/** The publication feed's hand action (issue 15): a dead letter sent again, its tries starting over. */
export interface OutboxMethods {
  resendOutboxMessage(id: Identifier): Promise<Pick<OutboxMessage, 'id' | 'state' | 'tries' | 'nextTryAt'>>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

export const outboxMethods = (apiUrl: string, http: HttpClient): OutboxMethods => ({
  resendOutboxMessage: async (id) =>
    (await http(`${apiUrl}/outbox/${id}/resend`, { method: 'POST', body: '{}' })).json as Pick<OutboxMessage, 'id' | 'state' | 'tries' | 'nextTryAt'>,
});

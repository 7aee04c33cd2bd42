import type { fetchUtils, Identifier } from 'react-admin';
import type { Replacement } from '../records';

import type { LoginLock } from '../../api/auth/locks';

export type { LoginLock };

/** Requests taken back by their requester, and the administrators' view of locked accounts. */
export interface RequestMethods {
  withdrawReplacement(replacementId: Identifier): Promise<Replacement>;
  getLoginLocks(): Promise<LoginLock[]>;
  unlockAccount(username: string): Promise<void>;
  /** The next free task code of the user's unit (GET /api/tasks/next-code). */
  getNextTaskCode(year?: number): Promise<string>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

export const requestMethods = (apiUrl: string, http: HttpClient): RequestMethods => ({
  withdrawReplacement: async (replacementId) =>
    (await http(`${apiUrl}/replacements/${replacementId}/withdraw`, { method: 'POST', body: '{}' })).json as Replacement,
  getLoginLocks: async () => (await http(`${apiUrl}/auth/locks`)).json as LoginLock[],
  getNextTaskCode: async (year) => ((await http(`${apiUrl}/tasks/next-code${year ? `?year=${year}` : ''}`)).json as { code: string }).code,
  unlockAccount: async (username) => {
    await http(`${apiUrl}/auth/locks/${encodeURIComponent(username)}`, { method: 'DELETE' });
  },
});

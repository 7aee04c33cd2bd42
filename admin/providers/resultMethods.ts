import type { fetchUtils, Identifier } from 'react-admin';
import type { Evidence, Result } from '../records';

/** The steps of a result after entry (§9.3.2.4, §13.2d, §5.3, §10.1) and evidence uploads (§11, multipart). */
export interface ResultMethods {
  resultAction(id: Identifier, action: 'confirm' | 'publish'): Promise<Result>;
  reopenResult(id: Identifier, reason: string): Promise<Result>;
  explainLateResult(id: Identifier, explanation: string): Promise<Result>;
  markNonCooperation(id: Identifier, publish: boolean): Promise<Result>;
  uploadEvidence(resultId: Identifier, form: FormData): Promise<Evidence>;
  deleteEvidence(id: Identifier): Promise<void>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

export const resultMethods = (apiUrl: string, http: HttpClient): ResultMethods => {
  const post = async <T>(path: string, body: unknown) => (await http(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;
  return {
    resultAction: (id, action) => post(`/results/${id}/${action}`, {}),
    reopenResult: (id, reason) => post(`/results/${id}/reopen`, { reason }),
    explainLateResult: (id, explanation) => post(`/results/${id}/explain`, { explanation }),
    markNonCooperation: (id, publish) => post(`/results/${id}/non-cooperation`, { publish }),
    // A FormData body: the browser sets the multipart boundary itself.
    uploadEvidence: async (resultId, form) => (await http(`${apiUrl}/results/${resultId}/evidence`, { method: 'POST', body: form })).json as Evidence,
    deleteEvidence: async (id) => {
      await http(`${apiUrl}/evidence/${id}`, { method: 'DELETE' });
    },
  };
};

/** Where a stored evidence file is read (inline for an image/PDF preview). */
export const evidenceFileUrl = (evidenceId: Identifier, n: number, inline = false) => `/api/evidence/${evidenceId}/files/${n}${inline ? '?inline=1' : ''}`;

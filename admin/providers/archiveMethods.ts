import type { fetchUtils, Identifier } from 'react-admin';
import type { ArchiveDocument, ArchiveFinding, ChangeLogEntry, LoanAction, ReturnCondition } from '../../api/domain/archives';
import type { Archive, ArchiveChange, Loan } from '../records';

/** What GET /api/archives/:id/contents answers to those who may read an archive's contents (§12.4.1, §12.4.3). */
export interface ArchiveContents {
  id: number;
  documents: ArchiveDocument[];
  changeLog: ChangeLogEntry[];
}

/** The body of one loan step: a reason (approve / reject / close) or the return inspection (§12.4.4). */
export type LoanStepBody = { reason?: string } | { condition: ReturnCondition; note?: string } | Record<string, never>;

/** §12 archives: their contents, the loan steps (§12.4), copies (§12.4.1) and change decisions (§12.3). */
export interface ArchiveMethods {
  archiveContents(id: Identifier): Promise<ArchiveContents>;
  /** What return inspections found on the archive (§12.4.4), latest first; open ones have no `closed`. */
  archiveFindings(id: Identifier): Promise<ArchiveFinding[]>;
  loanStep(id: Identifier, action: LoanAction, body: LoanStepBody): Promise<Loan>;
  registerCopy(id: Identifier, copy: { archiveId: number; description: string; pages: number }): Promise<Loan>;
  decideArchiveChange(id: Identifier, verdict: 'approve' | 'reject', reason: string | undefined): Promise<ArchiveChange>;
  /** 归档 of a completed task (§12.1): the archive of its draw record, results and evidence list. */
  fileTask(taskId: Identifier, entry: { refNo: string; custodian: string; location: string; retention: string }): Promise<Archive>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

export const archiveMethods = (apiUrl: string, http: HttpClient): ArchiveMethods => {
  const post = async <T>(path: string, body: unknown) => (await http(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;
  return {
    archiveContents: async (id) => (await http(`${apiUrl}/archives/${id}/contents`)).json as ArchiveContents,
    archiveFindings: async (id) => (await http(`${apiUrl}/archives/${id}/findings`)).json as ArchiveFinding[],
    loanStep: (id, action, body) => post(`/loans/${id}/${action}`, body),
    registerCopy: (id, copy) => post(`/loans/${id}/copies`, copy),
    decideArchiveChange: (id, verdict, reason) => post(`/archiveChanges/${id}/${verdict}`, reason ? { reason } : {}),
    fileTask: (taskId, entry) => post(`/tasks/${taskId}/archive`, entry),
  };
};

import type { fetchUtils, Identifier } from 'react-admin';
import type { DrawRecord } from '../../api/domain/draw';
import type { DrawPreview, DrawSummary, SelectedEntity } from '../../api/actions/draws';
import type { PublicCommitment } from '../../api/actions/commitments';

export type { DrawPreview, DrawSummary, PublicCommitment, SelectedEntity };
import type { Dispatch, Replacement, ReplacementKind } from '../records';

/** GET /api/draws/:id: the whole DRAW-SPEC §7 record (a download: at city scale it holds half a million entities). */
export interface FullDrawRecord extends DrawRecord {
  drawId: number;
  taskId: number;
  drawnAt: string;
  status: 'valid' | 'voided';
  voidReason?: string;
  voidedAt?: string;
  published: boolean;
  unitId: number;
  departmentId: number;
  dispatchId: number | null;
}

/**
 * GET /api/draws/:id/summary: what a screen shows of a record — all but its long lists (pool, selection, teams,
 * inspectors, exclusions), with their sizes. The API names its key `drawId`; `id` is added here so the record can sit
 * in react-admin's record contexts.
 */
export interface DrawRecordSummary extends Omit<FullDrawRecord, 'pool' | 'selected' | 'teams' | 'inspectorPool' | 'exclusions'> {
  id: number;
  poolSize: number;
  candidates: Record<string, number>;
  selectedCount: number;
  firstSelected: string | null;
  teamCount: number;
  inspectorCount: number;
  exclusionCount: number;
}

export interface ReplacementRequest {
  inspectorId: number;
  kind: ReplacementKind;
  reason: string;
}

/** §9.2.2 岗位调整: the inspector leaves every open team of one task (taskId) or of the whole office. */
export interface BulkReplacementRequest {
  inspectorId: number;
  taskId?: number;
  reason: string;
}

/** The draw actions of api/actions/draws.ts beside simple-rest's CRUD. */
export interface DrawMethods {
  previewDraw(taskId: Identifier): Promise<DrawPreview>;
  runDraw(taskId: Identifier, publicSource?: string): Promise<DrawSummary>;
  commitTask(taskId: Identifier, publicSourceDate: string): Promise<PublicCommitment>;
  voidCommitment(commitmentId: Identifier, reason: string): Promise<void>;
  getDrawRecord(drawId: Identifier): Promise<DrawRecordSummary>;
  downloadDrawRecord(drawId: Identifier): Promise<FullDrawRecord>;
  getDrawSelection(drawId: Identifier, page: number, perPage: number): Promise<{ data: SelectedEntity[]; total: number }>;
  voidDraw(drawId: Identifier, reason: string): Promise<void>;
  publishDraw(drawId: Identifier): Promise<void>;
  receiveDispatch(dispatchId: Identifier): Promise<Dispatch>;
  matchDispatch(dispatchId: Identifier): Promise<DrawSummary>;
  requestReplacement(assignmentId: Identifier, request: ReplacementRequest): Promise<Replacement>;
  requestBulkReplacement(request: BulkReplacementRequest): Promise<Replacement>;
  decideReplacement(replacementId: Identifier, verdict: 'approve' | 'reject', reason?: string): Promise<Replacement>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown; headers: Headers }>;

export const drawMethods = (apiUrl: string, http: HttpClient): DrawMethods => {
  const get = async <T>(path: string) => (await http(`${apiUrl}${path}`)).json as T;
  const post = async <T>(path: string, body: unknown = {}) => (await http(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;
  return {
    previewDraw: (taskId) => get(`/tasks/${taskId}/preview`),
    runDraw: (taskId, publicSource) => post(`/tasks/${taskId}/draw`, publicSource ? { publicSource } : {}),
    commitTask: (taskId, publicSourceDate) => post(`/tasks/${taskId}/commit`, { publicSourceDate }),
    voidCommitment: (commitmentId, reason) => post(`/commitments/${commitmentId}/void`, { reason }),
    async getDrawRecord(drawId) {
      const record = await get<Omit<DrawRecordSummary, 'id'>>(`/draws/${drawId}/summary`);
      return { ...record, id: record.drawId };
    },
    downloadDrawRecord: (drawId) => get(`/draws/${drawId}`),
    async getDrawSelection(drawId, page, perPage) {
      const from = (page - 1) * perPage;
      const { json, headers } = await http(`${apiUrl}/draws/${drawId}/selected?range=${encodeURIComponent(JSON.stringify([from, from + perPage - 1]))}`);
      return { data: json as SelectedEntity[], total: Number(headers.get('Content-Range')?.split('/').pop() ?? 0) };
    },
    voidDraw: (drawId, reason) => post(`/draws/${drawId}/void`, { reason }),
    publishDraw: (drawId) => post(`/draws/${drawId}/publish`),
    receiveDispatch: (dispatchId) => post(`/dispatches/${dispatchId}/receive`),
    matchDispatch: (dispatchId) => post(`/dispatches/${dispatchId}/draw`),
    requestReplacement: (assignmentId, request) => post(`/assignments/${assignmentId}/replacements`, request),
    requestBulkReplacement: (request) => post('/replacements/bulk', request),
    decideReplacement: (replacementId, verdict, reason) => post(`/replacements/${replacementId}/${verdict}`, reason ? { reason } : {}),
  };
};

import { fetchUtils, HttpError, type DataProvider, type GetListParams, type GetListResult, type Identifier, type RaRecord } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { planMethods, type PlanMethods } from './planMethods';
import { libraryMethods, type LibraryMethods } from './libraryMethods';
import { drawMethods, type DrawMethods } from './drawMethods';
import { requestMethods, type RequestMethods } from './requestMethods';
import { resultMethods, type ResultMethods } from './resultMethods';
import { archiveMethods, type ArchiveMethods } from './archiveMethods';
import { outboxMethods, type OutboxMethods } from './outboxMethods';
import { provinceMethods, type ProvinceMethods } from './provinceMethods';
import { dashboardMethods, type DashboardMethods } from './dashboardMethods';

export const API_URL = '/api';

/** The API answers at most this many records per request; larger asks are a 400. */
export const MAX_PAGE = 100;

/** Error codes the API sends whose message the admin translates itself (qd.errors.<code>), so English users read English. */
const TRANSLATED_CODES = new Set([
  'stale_version',
  'forbidden',
  'not_found',
  'referenced',
  'duplicate',
  'too_large',
  'plan_published',
  'plan_draft',
  'stale_adjustment',
  'already_decided',
  'own_request',
  'other_line',
  'not_own_request',
  'nothing_to_publish',
  'task_not_draft',
  'already_drawn',
  'already_voided',
  'results_entered',
  'already_published',
  'not_pending',
  'not_received',
  'no_department',
  'inactive',
  'pending_exists',
  'no_replacement',
  'result_locked',
  'illegal_state',
  'not_inspecting',
]);

interface ApiErrorBody {
  message?: string;
  code?: string;
  errors?: Record<string, string>;
}

/**
 * fetchJson with the session cookie (same origin, the browser's default). Known error codes become translation keys;
 * the body is kept whole so react-admin puts `errors` under the form inputs.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  try {
    return await fetchUtils.fetchJson(url, { credentials: 'same-origin', ...options });
  } catch (error) {
    const body = (error as HttpError).body as ApiErrorBody | undefined;
    if (error instanceof HttpError && body?.code && TRANSLATED_CODES.has(body.code) && !body.errors) {
      throw new HttpError(`qd.errors.${body.code}`, error.status, body);
    }
    throw error;
  }
};

const chunks = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const base = simpleRestProvider(API_URL, httpClient);

/** One request for records start..end (inclusive), in simple-rest's query dialect. */
async function getRange<R extends RaRecord>(resource: string, params: GetListParams, start: number, end: number): Promise<GetListResult<R>> {
  const { field = 'id', order = 'ASC' } = params.sort ?? {};
  const query = new URLSearchParams({
    sort: JSON.stringify([field, order]),
    range: JSON.stringify([start, end]),
    filter: JSON.stringify(params.filter ?? {}),
  });
  const { headers, json } = await httpClient(`${API_URL}/${resource}?${query}`, { signal: params.signal });
  const total = Number(headers.get('Content-Range')?.split('/').pop());
  // Past the API's count limit the total is "at least" (X-Total-Lower-Bound): lists show it as "10,000+" (QdPagination).
  return headers.get('X-Total-Lower-Bound') === 'true' ? { data: json, total, meta: { totalIsLowerBound: true } } : { data: json, total };
}

/** Whether a list's total is a lower bound (see getRange): read from the list context's `meta`. */
export const totalIsLowerBound = (meta: unknown) => (meta as { totalIsLowerBound?: boolean } | undefined)?.totalIsLowerBound === true;

/** The API's custom endpoints beside simple-rest's CRUD. */
export interface QdDataProvider
  extends
    DataProvider,
    PlanMethods,
    LibraryMethods,
    DrawMethods,
    RequestMethods,
    ResultMethods,
    ArchiveMethods,
    OutboxMethods,
    ProvinceMethods,
    DashboardMethods {
  changePassword(params: { currentPassword: string; newPassword: string }): Promise<void>;
}

/**
 * ra-data-simple-rest on /api (list requests made here, to read the lower-bound mark), kept within the API's page limit: a larger page (the export button asks for 1,000)
 * is fetched as consecutive pages of 100, and getMany asks for ids 100 at a time.
 */
export const dataProvider: QdDataProvider = {
  ...base,
  async getList<R extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<R>> {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const first = (page - 1) * perPage;
    if (perPage <= MAX_PAGE) return getRange<R>(resource, params, first, first + perPage - 1);
    const data: R[] = [];
    let last: GetListResult<R> = { data: [], total: 0 };
    for (let start = first; start < first + perPage; start += MAX_PAGE) {
      const end = Math.min(start + MAX_PAGE, first + perPage) - 1;
      last = await getRange<R>(resource, params, start, end);
      data.push(...last.data);
      if (start + last.data.length >= (last.total ?? 0)) break;
    }
    return { ...last, data };
  },
  async getMany(resource, params) {
    const parts = await Promise.all(chunks<Identifier>(params.ids, MAX_PAGE).map((ids) => base.getMany(resource, { ...params, ids })));
    return { data: parts.flatMap((p) => p.data) };
  },
  async changePassword(params) {
    await httpClient(`${API_URL}/auth/password`, { method: 'POST', body: JSON.stringify(params) });
  },
  ...planMethods(API_URL, httpClient),
  ...libraryMethods(API_URL, httpClient),
  ...drawMethods(API_URL, httpClient),
  ...requestMethods(API_URL, httpClient),
  ...resultMethods(API_URL, httpClient),
  ...archiveMethods(API_URL, httpClient),
  ...outboxMethods(API_URL, httpClient),
  ...provinceMethods(API_URL, httpClient),
  ...dashboardMethods(API_URL, httpClient),
};

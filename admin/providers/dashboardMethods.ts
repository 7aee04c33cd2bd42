import type { fetchUtils } from 'react-admin';
import type { DashboardAnswer, SummaryAnswer } from '../../api/actions/dashboardTypes';

/** The supervision dashboard and the annual summary (GET /api/dashboard, /api/dashboard/summary). */
export interface DashboardQuery {
  year: number;
  /** Omitted: every unit the reader supervises. */
  unitId?: number;
}

export interface DashboardMethods {
  getDashboard(query: DashboardQuery): Promise<DashboardAnswer>;
  getSummary(query: DashboardQuery): Promise<SummaryAnswer>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

/** The query string of a dashboard request (also the XLSX download's). */
export const dashboardSearch = ({ year, unitId }: DashboardQuery) =>
  new URLSearchParams({ year: String(year), ...(unitId ? { unitId: String(unitId) } : {}) }).toString();

export const dashboardMethods = (apiUrl: string, http: HttpClient): DashboardMethods => ({
  getDashboard: async (query) => (await http(`${apiUrl}/dashboard?${dashboardSearch(query)}`)).json as DashboardAnswer,
  getSummary: async (query) => (await http(`${apiUrl}/dashboard/summary?${dashboardSearch(query)}`)).json as SummaryAnswer,
});

/** Where the summary workbook downloads from. */
export const summaryXlsxUrl = (apiUrl: string, query: DashboardQuery) => `${apiUrl}/dashboard/summary.xlsx?${dashboardSearch(query)}`;

import { useSearchParams } from 'react-router-dom';
import type { DashboardQuery } from '../providers/dashboardMethods';

/** The year and unit of the dashboard and the summary, kept in the address (?year=2026&unitId=2) so a view can be shared. */
export function useDashboardQuery(): [DashboardQuery, (next: DashboardQuery) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const unitId = Number(params.get('unitId')) || undefined;
  const set = (next: DashboardQuery) => setParams({ year: String(next.year), ...(next.unitId ? { unitId: String(next.unitId) } : {}) }, { replace: true });
  return [{ year, unitId }, set];
}

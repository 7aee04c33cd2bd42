import { useGetOne } from 'react-admin';
import type { Plan, PlanAdjustment } from '../records';

/**
 * A pending adjustment proposed on a version the plan has since left behind: the API refuses to accept it
 * (stale_adjustment), so it can only be rejected and proposed again. The plan is the page's, already cached.
 */
export const useIsStale = (adjustment: PlanAdjustment | undefined) => {
  const { data: plan } = useGetOne<Plan>('plans', { id: adjustment?.planId }, { enabled: adjustment?.status === 'pending' });
  return !!adjustment && adjustment.status === 'pending' && !!plan && adjustment.basedOnVersion !== plan.planVersion;
};

import { Show, TabbedShowLayout, useRecordContext } from 'react-admin';
import { PlanVersionsTab } from '../planVersions/PlanVersionsTab';
import { PlanAdjustmentsTab } from '../planAdjustments/PlanAdjustmentsTab';
import { PlanContentTab } from './PlanContentTab';
import { PlanHeader } from './PlanHeader';
import { PlanShowActions } from './PlanShowActions';
import { PlanTitle } from './PlanTitle';
import type { Plan } from '../records';

/** Versions and adjustments exist only once the plan is published. */
const PlanTabs = () => {
  const plan = useRecordContext<Plan>();
  if (!plan) return null;
  const published = plan.status === 'published';
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="qd.plans.tabs.lines">
        <PlanContentTab />
      </TabbedShowLayout.Tab>
      {published && (
        <TabbedShowLayout.Tab label="qd.plans.tabs.versions" path="versions">
          <PlanVersionsTab />
        </TabbedShowLayout.Tab>
      )}
      {published && (
        <TabbedShowLayout.Tab label="qd.plans.tabs.adjustments" path="adjustments">
          <PlanAdjustmentsTab />
        </TabbedShowLayout.Tab>
      )}
    </TabbedShowLayout>
  );
};

/** The plan page: header, then its lines and coverage, its versions and its adjustments. */
export const PlanShow = () => (
  <Show actions={<PlanShowActions />} title={<PlanTitle />}>
    <PlanHeader />
    <PlanTabs />
  </Show>
);

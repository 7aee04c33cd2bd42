import { ReferenceField, TextField } from 'react-admin';

/** Which plan a proposal adjusts (linked to its adjustments tab) and why. */
export const AdjustmentPlanReason = () => (
  <>
    <ReferenceField source="planId" reference="plans" link={(record) => `/plans/${record.id}/show/adjustments`} />
    <TextField source="reason" />
  </>
);

import { useRecordContext, useTranslate } from 'react-admin';
import type { Plan } from '../records';

/** The page title: short (the app bar is narrow); the header below names the unit and the full title. */
export const PlanTitle = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  return <>{plan ? translate('qd.plans.page_title', { year: plan.year }) : ''}</>;
};

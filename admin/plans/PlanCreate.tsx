import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { PlanInputs } from './PlanInputs';

/** Plans are drawn up before 31 March (§8.1): from April on, the next year's plan is the one being drafted. */
const planningYear = (today = new Date()) => today.getFullYear() + (today.getMonth() >= 3 ? 1 : 0);

/** 新建年度抽查计划 (the lead office, for its own unit); the new draft opens on its plan page. */
export const PlanCreate = () => {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  return (
    <Create mutationMode="pessimistic" redirect="show">
      <SimpleForm defaultValues={{ unitId: identity?.unitId, year: planningYear() }}>
        <PlanInputs isNew />
      </SimpleForm>
    </Create>
  );
};

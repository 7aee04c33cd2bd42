import { Create, useGetOne } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { ResultSteps } from './ResultSteps';

/** A first result for one of the user's assignments (/results/create?assignmentId=…), saved as a draft. */
export const ResultCreate = () => {
  const [params] = useSearchParams();
  const assignmentId = Number(params.get('assignmentId'));
  const { data: assignment } = useGetOne('assignments', { id: assignmentId }, { enabled: assignmentId > 0 });
  return (
    <Create record={{ assignmentId, methods: ['onsite'], present: [] }} redirect={(_resource, id) => `results/${id}?step=4`}>
      <ResultSteps team={(assignment?.inspectorIds as number[] | undefined) ?? []} />
    </Create>
  );
};

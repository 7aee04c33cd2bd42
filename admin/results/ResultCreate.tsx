import { Create, TopToolbar, useGetOne } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { ResultSteps } from './ResultSteps';
import { PrintButtons } from './PrintButtons';
import type { Assignment } from '../records';

/** A first result for one of the user's assignments (/results/create?assignmentId=…), saved as a draft; the blank documents for the visit above it. */
export const ResultCreate = () => {
  const [params] = useSearchParams();
  const assignmentId = Number(params.get('assignmentId'));
  const { data: assignment } = useGetOne<Assignment>('assignments', { id: assignmentId }, { enabled: assignmentId > 0 });
  return (
    <Create
      record={{ assignmentId, methods: ['onsite'], present: [] }}
      redirect={(_resource, id) => `results/${id}?step=4`}
      actions={
        assignment ? (
          <TopToolbar sx={{ flexWrap: 'wrap' }}>
            <PrintButtons assignmentId={assignment.id} active={assignment.active} />
          </TopToolbar>
        ) : (
          false
        )
      }
    >
      <ResultSteps team={assignment?.inspectorIds ?? []} />
    </Create>
  );
};

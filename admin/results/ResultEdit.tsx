import { Edit, useRecordContext } from 'react-admin';
import type { RecordOf } from '../../api/resources/types';
import type { results } from '../../api/resources/results';
import { ResultSteps } from './ResultSteps';
import { ResultTitle } from './ResultTitle';

const Steps = () => <ResultSteps team={useRecordContext<RecordOf<typeof results>>()?.inspectorIds ?? []} />;

/** A saved result: its steps, its evidence, confirmation by the responsible inspector. */
export const ResultEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false} title={<ResultTitle />}>
    <Steps />
  </Edit>
);

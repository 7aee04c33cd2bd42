import { Edit, useRecordContext } from 'react-admin';
import type { Result } from '../records';
import { ResultSteps } from './ResultSteps';
import { ResultTitle } from './ResultTitle';

const Steps = () => <ResultSteps team={useRecordContext<Result>()?.inspectorIds ?? []} />;

/** A saved result: its steps, its evidence, confirmation by the responsible inspector. */
export const ResultEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false} title={<ResultTitle />}>
    <Steps />
  </Edit>
);

import { Edit, useRecordContext } from 'react-admin';
import type { Result } from '../records';
import { ResultSteps } from './ResultSteps';
import { ResultTitle } from './ResultTitle';
import { ResultPrintActions } from './ResultPrintActions';

const Steps = () => <ResultSteps team={useRecordContext<Result>()?.inspectorIds ?? []} />;

/** A saved result: its documents to print, its steps, its evidence, confirmation by the responsible inspector. */
export const ResultEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false} title={<ResultTitle />} actions={<ResultPrintActions />}>
    <Steps />
  </Edit>
);

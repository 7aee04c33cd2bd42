import { ReferenceManyField, Show, useCanAccess, useRecordContext } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { DispatchGrid } from '../dispatches/DispatchGrid';
import { ReplacementGrid } from '../replacements/ReplacementGrid';
import { CommitmentSteps } from './CommitmentSteps';
import { TaskDraws } from './TaskDraws';
import { TaskHeader } from './TaskHeader';
import { TaskResults } from './TaskResults';
import { TaskSelection } from './TaskSelection';
import { TaskSection } from './TaskSection';
import { TaskShowActions } from './TaskShowActions';
import type { Task } from '../records';

/** After the draw: the result, the shares sent to districts, the replacement requests, the records. */
const TaskOutcome = () => {
  const task = useRecordContext<Task>();
  const { canAccess: readsReplacements } = useCanAccess({ action: 'list', resource: 'replacements' });
  // An inspector reads its unit's tasks but not their draw records: no request it would be refused, no empty section.
  const { canAccess: readsDraws } = useCanAccess({ action: 'list', resource: 'draws' });
  if (!task) return null;
  const drawn = task.status !== 'draft' && task.status !== 'committed';
  return (
    <>
      {task.publicSourceRequired && readsDraws && (
        <TaskSection title="qd.commitments.title">
          <CommitmentSteps />
        </TaskSection>
      )}
      {drawn && <TaskSection title="qd.tasks.sections.results">{task.dispatch ? <TaskSelection /> : <TaskResults />}</TaskSection>}
      {drawn && task.dispatch && (
        <TaskSection title="qd.tasks.sections.shares">
          <ReferenceManyField reference="dispatches" target="taskId" sort={{ field: 'district', order: 'ASC' }} perPage={20}>
            <DispatchGrid inTask />
          </ReferenceManyField>
        </TaskSection>
      )}
      {drawn && readsReplacements && (
        <TaskSection title="qd.tasks.sections.replacements">
          <ReferenceManyField reference="replacements" target="taskId" sort={{ field: 'id', order: 'DESC' }} perPage={25}>
            <ReplacementGrid withTask={false} />
          </ReferenceManyField>
        </TaskSection>
      )}
      {readsDraws && (
        <TaskSection title="qd.tasks.sections.draws">
          <TaskDraws />
        </TaskSection>
      )}
    </>
  );
};

/** The task page: its fields, then — once drawn — the result table, the record and how to verify it. */
export const TaskShow = () => (
  <Show actions={<TaskShowActions />} title={<RecordTitle titleKey="qd.tasks.show_title" field="code" />}>
    <TaskHeader />
    <TaskOutcome />
  </Show>
);

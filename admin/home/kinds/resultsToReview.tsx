import { TextField } from 'react-admin';
import { listTodo } from '../listTodo';
import { TodoRow } from '../TodoRow';
import { ResultStatusField } from '../../results/ResultStatusField';
import { ResultReasonButton, ResultStepButton } from '../../results/ResultActionButtons';

const Row = () => (
  <TodoRow
    primary={<TextField source="entityName" />}
    secondary={
      <>
        <TextField source="taskCode" />
        <ResultStatusField />
      </>
    }
    actions={
      <>
        <ResultStepButton action="confirm" />
        <ResultReasonButton action="explain" />
        <ResultStepButton action="publish" />
        <ResultReasonButton action="reopen" />
      </>
    }
  />
);

const link = (status: string) => `/results?filter=${encodeURIComponent(JSON.stringify({ status }))}`;

/** The office head's drafts to confirm or explain (§9.3.2.4, §13.2d), settled in place. */
export const resultsToConfirm = listTodo({
  id: 'resultsToConfirm',
  roles: ['chief'],
  resource: 'results',
  filter: (me) => ({ status: 'draft', departmentId: me.departmentId ?? 0, unitId: me.unitId }),
  Row,
  link: () => link('draft'),
});

/** Confirmed results the office head publishes (§5.3). */
export const resultsToPublish = listTodo({
  id: 'resultsToPublish',
  roles: ['chief'],
  resource: 'results',
  filter: (me) => ({ status: 'confirmed', departmentId: me.departmentId ?? 0, unitId: me.unitId }),
  Row,
  link: () => link('confirmed'),
});

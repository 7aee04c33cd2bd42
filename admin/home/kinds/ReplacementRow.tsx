import type { ReactNode } from 'react';
import { ReferenceField, SelectField, TextField } from 'react-admin';
import { ReplacementSwapField } from '../../replacements/ReplacementSwapField';
import { RequesterField } from '../../replacements/RequesterField';
import { REPLACEMENT_KIND_CHOICES } from '../../tasks/choices';
import { TaskReferenceField } from '../../tasks/TaskReferenceField';
import { TodoRow } from '../TodoRow';

/** A replacement or recusal request on a home card: task, entity, kind; who is replaced, why (and who asks). */
export const ReplacementRow = ({ actions, withRequester = false }: { actions: ReactNode; withRequester?: boolean }) => (
  <TodoRow
    primary={
      <>
        <TaskReferenceField />
        <ReferenceField source="entityId" reference="entities" link="show" />
        <SelectField source="kind" choices={REPLACEMENT_KIND_CHOICES} />
      </>
    }
    secondary={
      <>
        <ReplacementSwapField />
        <TextField source="reason" />
        {withRequester && <RequesterField />}
      </>
    }
    actions={actions}
  />
);

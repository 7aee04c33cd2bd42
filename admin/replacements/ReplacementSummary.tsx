import { Stack } from '@mui/material';
import { Labeled, ReferenceField, SelectField, TextField } from 'react-admin';
import { REPLACEMENT_KIND_CHOICES } from '../tasks/choices';
import { TaskReferenceField } from '../tasks/TaskReferenceField';
import { RequesterField } from './RequesterField';

/** What a decision is about: who is to be replaced, on which entity of which task, why, and who asks. */
export const ReplacementSummary = () => (
  <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 3, rowGap: 1, mb: 2 }} data-testid="replacement-summary">
    <Labeled source="inspectorId" label="qd.replacements.replaced">
      <ReferenceField source="inspectorId" reference="inspectors" link={false} />
    </Labeled>
    <Labeled source="entityId">
      <ReferenceField source="entityId" reference="entities" link={false} />
    </Labeled>
    <Labeled source="taskId">
      <TaskReferenceField />
    </Labeled>
    <Labeled source="kind">
      <SelectField source="kind" choices={REPLACEMENT_KIND_CHOICES} />
    </Labeled>
    <Labeled source="reason">
      <TextField source="reason" />
    </Labeled>
    <Labeled source="requestedBy">
      <RequesterField />
    </Labeled>
  </Stack>
);

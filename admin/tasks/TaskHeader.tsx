import { Box, Grid } from '@mui/material';
import {
  BooleanField,
  ChipField,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  SingleFieldList,
  TextField,
  useRecordContext,
} from 'react-admin';
import { ChoicesArrayField } from '../common/ChoicesArrayField';
import { DISTRICT_CHOICES, ENTITY_TYPE_CHOICES, ITEM_METHOD_CHOICES } from '../common/libraryChoices';
import { TASK_ORIGIN_CHOICES } from './choices';
import { TaskQuotaField } from './TaskQuotaField';
import { TaskStatusField } from './TaskStatusField';
import type { Task } from '../records';

const cell = { xs: 6, md: 3 };

/** The task at a glance: what is inspected, where, how many, by whom and by when. */
export const TaskHeader = () => {
  const task = useRecordContext<Task>();
  if (!task) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Grid container spacing={1}>
        <Grid size={{ xs: 12, md: 9 }}>
          <Labeled source="title">
            <TextField source="title" variant="h6" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="status">
            <TaskStatusField />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="code">
            <TextField source="code" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="itemId">
            <TextField source="itemName" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="unitId">
            <ReferenceField source="unitId" reference="units" link={false} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="departmentId">
            <ReferenceField source="departmentId" reference="departments" link={false} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="origin">
            <SelectField source="origin" choices={TASK_ORIGIN_CHOICES} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="method">
            <SelectField source="method" choices={ITEM_METHOD_CHOICES} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled label="qd.tasks.quota">
            <TaskQuotaField />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="teamSize">
            <NumberField source="teamSize" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="districts">
            <ChoicesArrayField source="districts" choices={DISTRICT_CHOICES} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="deadline">
            <TextField source="deadline" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="dispatch">
            <BooleanField source="dispatch" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="entityTypes">
            <ChoicesArrayField source="entityTypes" choices={ENTITY_TYPE_CHOICES} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="scopeLineIds">
            <ReferenceArrayField source="scopeLineIds" reference="lines">
              <SingleFieldList linkType={false}>
                <ChipField source="name" size="small" />
              </SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="excludeInspected">
            <BooleanField source="excludeInspected" />
          </Labeled>
        </Grid>
        {task.publicSourceRequired && (
          <Grid size={12}>
            <Labeled source="publicSourceNote">
              <TextField source="publicSourceNote" />
            </Labeled>
          </Grid>
        )}
      </Grid>
    </Box>
  );
};

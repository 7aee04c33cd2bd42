import { Box, Grid } from '@mui/material';
import {
  BooleanField,
  Labeled,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SingleFieldList,
  ChipField,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { TaskSection } from '../tasks/TaskSection';
import { CONDITION_CHOICES } from '../archives/choices';
import type { Loan } from '../records';
import { LoanActions } from './LoanActions';
import { LoanStatusField } from './LoanStatusField';
import { LoanCopies, LoanTimeline } from './LoanTimeline';
import { LocaleDateField } from '../common/LocaleDateField';

const cell = { xs: 6, md: 3 };

const LoanHeader = () => {
  const loan = useRecordContext<Loan>();
  if (!loan) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Grid container spacing={1}>
        <Grid size={{ xs: 12, md: 9 }}>
          <Labeled source="archiveIds">
            <ReferenceArrayField source="archiveIds" reference="archives">
              <SingleFieldList linkType="show">
                <ChipField source="refNo" />
              </SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="status">
            <LoanStatusField />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 9 }}>
          <Labeled source="purpose">
            <TextField source="purpose" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="dueDate">
            <LocaleDateField showTime={false} source="dueDate" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="requestedByName">
            <TextField source="requestedByName" />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="departmentId">
            <ReferenceField source="departmentId" reference="departments" link={false} />
          </Labeled>
        </Grid>
        <Grid size={cell}>
          <Labeled source="copiesNeeded">
            <BooleanField source="copiesNeeded" looseValue />
          </Labeled>
        </Grid>
        {loan.condition && (
          <Grid size={cell}>
            <Labeled source="condition">
              <SelectField source="condition" choices={CONDITION_CHOICES} />
            </Labeled>
          </Grid>
        )}
        {loan.conditionNote && (
          <Grid size={{ xs: 12, md: 9 }}>
            <Labeled source="conditionNote">
              <TextField source="conditionNote" />
            </Labeled>
          </Grid>
        )}
      </Grid>
    </Box>
  );
};

/** The loan page: what is borrowed, the steps the user may take now, who decided what and when, the copies made. */
export const LoanShow = () => (
  <Show
    actions={
      <TopToolbar>
        <LoanActions />
      </TopToolbar>
    }
    title={<RecordTitle titleKey="qd.loans.show_title" field="id" />}
  >
    <LoanHeader />
    <TaskSection title="qd.loans.timeline.title">
      <LoanTimeline />
    </TaskSection>
    <TaskSection title="qd.loans.copies.title">
      <LoanCopies />
    </TaskSection>
  </Show>
);

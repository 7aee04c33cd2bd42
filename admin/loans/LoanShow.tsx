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
import { FieldCell, FieldGrid } from '../common/FieldGrid';

const LoanHeader = () => {
  const loan = useRecordContext<Loan>();
  if (!loan) return null;
  return (
    <FieldGrid>
      <FieldCell wide="lead">
        <Labeled source="archiveIds">
          <ReferenceArrayField source="archiveIds" reference="archives">
            <SingleFieldList linkType="show">
              <ChipField source="refNo" />
            </SingleFieldList>
          </ReferenceArrayField>
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="status">
          <LoanStatusField />
        </Labeled>
      </FieldCell>
      <FieldCell wide="lead">
        <Labeled source="purpose">
          <TextField source="purpose" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="dueDate">
          <LocaleDateField showTime={false} source="dueDate" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="requestedByName">
          <TextField source="requestedByName" />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="departmentId">
          <ReferenceField source="departmentId" reference="departments" link={false} />
        </Labeled>
      </FieldCell>
      <FieldCell>
        <Labeled source="copiesNeeded">
          <BooleanField source="copiesNeeded" looseValue />
        </Labeled>
      </FieldCell>
      {loan.condition && (
        <FieldCell>
          <Labeled source="condition">
            <SelectField source="condition" choices={CONDITION_CHOICES} />
          </Labeled>
        </FieldCell>
      )}
      {loan.conditionNote && (
        <FieldCell wide="lead">
          <Labeled source="conditionNote">
            <TextField source="conditionNote" />
          </Labeled>
        </FieldCell>
      )}
    </FieldGrid>
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

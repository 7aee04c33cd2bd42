import { ChipField, ReferenceArrayField, SingleFieldList, useRecordContext, useTranslate } from 'react-admin';
import type { Assignment } from '../records';

/** The team's inspectors by name, in slot order; an unmatched share of a dispatched task says so. */
export const AssignmentTeamField = () => {
  const assignment = useRecordContext<Assignment>();
  const translate = useTranslate();
  if (!assignment) return null;
  if (!assignment.inspectorIds.length) return <span>{translate('qd.assignments.no_team')}</span>;
  return (
    <ReferenceArrayField source="inspectorIds" reference="inspectors">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
};

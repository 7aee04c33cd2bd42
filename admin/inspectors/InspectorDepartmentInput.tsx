import { ReferenceInput, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** The department select offers only the departments of the unit chosen beside it. */
export const InspectorDepartmentInput = () => {
  const unitId = useWatch({ name: 'unitId' });
  return (
    <ReferenceInput source="departmentId" reference="departments" filter={unitId ? { unitId } : {}} sort={{ field: 'name', order: 'ASC' }}>
      <SelectInput optionText="name" disabled={!unitId} helperText="qd.inspectors.department_helper" />
    </ReferenceInput>
  );
};

import { Stack } from '@mui/material';
import { ReferenceField, useRecordContext } from 'react-admin';
import type { Replacement } from '../records';

/** The inspector asked to be replaced and, once approved, the one drawn to replace them: 张三 → 李四. */
export const ReplacementSwapField = () => {
  const r = useRecordContext<Replacement>();
  if (!r) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ whiteSpace: 'nowrap' }}>
      <ReferenceField source="inspectorId" reference="inspectors" link={false} />
      {r.replacementInspectorId != null && (
        <>
          <span>→</span>
          <ReferenceField source="replacementInspectorId" reference="inspectors" link={false} />
        </>
      )}
    </Stack>
  );
};

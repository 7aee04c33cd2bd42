import { Chip, Stack } from '@mui/material';
import { ReferenceField, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { PlanAdjustment } from '../records';

/** Who proposed, and for which business line; marked when it was the signed-in user. */
export const ProposerField = ({ inline = false }: { inline?: boolean }) => {
  const adjustment = useRecordContext<PlanAdjustment>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!adjustment) return null;
  return (
    <Stack direction={inline ? 'row' : 'column'} spacing={0.5} sx={{ alignItems: inline ? 'baseline' : 'flex-start' }}>
      {adjustment.proposedByName}
      <ReferenceField source="lineId" reference="lines" link={false} />
      {identity?.id === adjustment.proposedBy && <Chip size="small" variant="outlined" label={translate('qd.plans.adjustments.own')} />}
    </Stack>
  );
};

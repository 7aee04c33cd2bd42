import { Stack } from '@mui/material';
import { AmendAdjustmentButton } from './AmendAdjustmentButton';
import { DecideAdjustmentButton } from './DecideAdjustmentButton';
import { WithdrawAdjustmentButton } from './WithdrawAdjustmentButton';

/** What the user may do with a proposal: accept, amend, reject (the lead office) or withdraw (its proposer). */
export const AdjustmentActions = () => (
  <Stack sx={{ alignItems: 'flex-start' }}>
    <DecideAdjustmentButton verdict="accept" />
    <AmendAdjustmentButton />
    <DecideAdjustmentButton verdict="reject" />
    <WithdrawAdjustmentButton />
  </Stack>
);

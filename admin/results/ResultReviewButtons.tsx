import { Stack } from '@mui/material';
import { ResultReasonButton, ResultStepButton } from './ResultActionButtons';

/** The head's decisions on a row of the review list; each button shows only where it applies and is allowed. */
export const ResultReviewButtons = ({ direction = 'row' }: { direction?: 'row' | 'column' }) => (
  <Stack direction={direction} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
    <ResultStepButton action="confirm" />
    <ResultStepButton action="publish" />
    <ResultReasonButton action="reopen" />
    <ResultReasonButton action="explain" />
  </Stack>
);

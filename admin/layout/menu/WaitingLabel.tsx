import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Read by screen readers, not shown (MUI's own `visuallyHidden`, which only @mui/utils exports). */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** A menu entry's label; with what waits there said for screen readers too (the red badge is not read out). */
export const WaitingLabel = ({ label, count }: { label: string; count?: number }) => {
  const translate = useTranslate();
  return (
    <>
      {label}
      {!!count && (
        <Box component="span" sx={visuallyHidden}>
          {translate('qd.home.menu_waiting', { count })}
        </Box>
      )}
    </>
  );
};

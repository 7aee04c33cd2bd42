import { Chip } from '@mui/material';
import HourglassIcon from '@mui/icons-material/HourglassTop';
import { useTranslate } from 'react-admin';

/** 申请待审批: a replacement or recusal request of this team waits for the head's decision. */
export const PendingRequestChip = ({ count = 1 }: { count?: number }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      icon={<HourglassIcon />}
      label={translate('qd.replacements.pending_n', { smart_count: count })}
      sx={{ mr: 1 }}
    />
  );
};

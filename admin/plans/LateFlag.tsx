import { Chip, Tooltip } from '@mui/material';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useRecordContext, useTranslate } from 'react-admin';

/** 逾期发布: the record (a plan or one of its versions) was published after 31 March of its year (§8.1). */
export const LateFlag = ({ source = 'late' }: { source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.[source]) return null;
  return (
    <Tooltip title={translate('qd.plans.late_hint')}>
      <Chip size="small" color="warning" icon={<ScheduleIcon />} label={translate('qd.plans.late')} />
    </Tooltip>
  );
};

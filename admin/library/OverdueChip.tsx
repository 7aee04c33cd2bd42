import { Chip, Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';

interface Recorded extends RaRecord {
  overdue?: boolean;
  changedOn?: string;
  recordedOn?: string;
}

/**
 * 逾期录入: the change reached the library more than five working days after it happened (§7.2.2, §7.3.2).
 * An entry made in time shows nothing, or 按期 with `onTime` (on a record's own page); `short` for grid cells.
 */
export const OverdueChip = ({ record: given, onTime = false, short = false }: { record?: Recorded; onTime?: boolean; short?: boolean; label?: string }) => {
  const context = useRecordContext<Recorded>();
  const record = given ?? context;
  const translate = useTranslate();
  if (!record) return null;
  if (!record.overdue) return onTime ? <Chip size="small" variant="outlined" label={translate('qd.library.on_time')} /> : null;
  return (
    <Tooltip title={translate('qd.library.overdue_hint', { changedOn: record.changedOn, recordedOn: record.recordedOn })}>
      <Chip
        size="small"
        color="warning"
        icon={<WarningAmberIcon />}
        label={translate(short ? 'qd.library.overdue_short' : 'qd.library.overdue')}
        data-testid="overdue-chip"
      />
    </Tooltip>
  );
};

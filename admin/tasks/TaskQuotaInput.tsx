import { useState } from 'react';
import { FormControlLabel, Radio, RadioGroup, Stack } from '@mui/material';
import { NumberInput, required, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { Task } from '../records';

type Mode = 'ratio' | 'count';

/** The API keeps the ratio in basis points (5% = 500); people read and type percentages. */
const bpToPercent = (bp: number | '' | null | undefined) => (bp == null || bp === '' ? '' : String(bp / 100));
const percentToBp = (value: number | string) => (value === '' || value == null || Number.isNaN(Number(value)) ? null : Math.round(Number(value) * 100));
const RATIO_RANGE = (bp: number | null) => (bp != null && (bp < 1 || bp > 10_000) ? 'qd.tasks.ratio_range' : undefined);

/** 抽查比例 (%) or 抽查数量: exactly one, as the plan line and the API want. */
export const TaskQuotaInput = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [mode, setMode] = useState<Mode>(task?.count != null ? 'count' : 'ratio');
  const choose = (next: Mode) => {
    setMode(next);
    setValue(next === 'ratio' ? 'count' : 'ratioBp', null, { shouldDirty: true });
  };
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <RadioGroup row value={mode} onChange={(e) => choose(e.target.value as Mode)} sx={{ pt: 1 }}>
        <FormControlLabel value="ratio" control={<Radio size="small" />} label={translate('qd.tasks.quota_modes.ratio')} />
        <FormControlLabel value="count" control={<Radio size="small" />} label={translate('qd.tasks.quota_modes.count')} />
      </RadioGroup>
      {mode === 'ratio' ? (
        <NumberInput
          key="ratio"
          source="ratioBp"
          label="qd.tasks.ratio_percent"
          format={bpToPercent}
          parse={percentToBp}
          validate={[required(), RATIO_RANGE]}
          min={0.01}
          max={100}
        />
      ) : (
        <NumberInput key="count" source="count" validate={required()} min={1} step={1} />
      )}
    </Stack>
  );
};

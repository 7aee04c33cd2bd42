import { MenuItem, Stack, TextField } from '@mui/material';
import { useGetIdentity, useGetList, useTranslate } from 'react-admin';
import type { DashboardQuery } from '../providers/dashboardMethods';

const YEARS_BACK = 3;

/** Year and unit: the city's supervisors choose any unit or the whole city, a district's see their own. */
export const DashboardSelectors = ({ query, onChange }: { query: DashboardQuery; onChange: (next: DashboardQuery) => void }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const cityWide = identity?.unitLevel === 'city';
  const { data: units = [] } = useGetList('units', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i);
  const shown = cityWide ? units : units.filter((u) => u.id === identity?.unitId);
  return (
    // Widths in rem and a row that wraps: with large text the unit's name keeps its room instead of an ellipsis.
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap className="qd-no-print" sx={{ minWidth: 0, flexWrap: 'wrap' }}>
      <TextField
        select
        size="small"
        label={translate('qd.dashboard.year')}
        value={query.year}
        onChange={(e) => onChange({ ...query, year: Number(e.target.value) })}
        sx={{ minWidth: { md: '7.5rem' } }}
      >
        {years.map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('qd.dashboard.unit')}
        value={cityWide ? (query.unitId ?? '') : (identity?.unitId ?? '')}
        disabled={!cityWide}
        onChange={(e) => onChange({ ...query, unitId: Number(e.target.value) || undefined })}
        sx={{ minWidth: { md: '16.25rem' }, maxWidth: '100%' }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        {cityWide && <MenuItem value="">{translate('qd.dashboard.all_units')}</MenuItem>}
        {shown.map((u) => (
          <MenuItem key={u.id} value={u.id}>
            {u.name}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};

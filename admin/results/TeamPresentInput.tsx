import { Checkbox, FormControlLabel, FormHelperText, Stack, Typography } from '@mui/material';
import { useGetMany, useInput, useTranslate } from 'react-admin';
import type { PresentInspector } from '../../api/domain/results';

/**
 * §9.3.2.3a who of the team was on site, each with the certificate number from the inspector library and whether it was
 * shown: one row per team member, two taps on a phone instead of typing certificate numbers.
 */
export const TeamPresentInput = ({ team }: { team: number[] }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput<PresentInspector[]>({ source: 'present', defaultValue: [] });
  const { data: inspectors = [] } = useGetMany('inspectors', { ids: team }, { enabled: team.length > 0 });
  const present: PresentInspector[] = field.value ?? [];
  const set = (id: number, patch: Partial<PresentInspector> | null) => {
    const rest = present.filter((p) => p.inspectorId !== id);
    const current = present.find((p) => p.inspectorId === id);
    const cert = inspectors.find((i) => i.id === id)?.certificateNo ?? '';
    field.onChange(patch === null ? rest : [...rest, { inspectorId: id, certificateNo: cert, certificateShown: true, ...current, ...patch }]);
  };
  return (
    <Stack spacing={0.5} sx={{ width: '100%', mb: 2 }}>
      <Typography variant="subtitle2">{translate('resources.results.fields.present')}</Typography>
      {inspectors.map((i) => {
        const p = present.find((x) => x.inspectorId === i.id);
        return (
          <Stack key={i.id} direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', columnGap: 1 }}>
            <FormControlLabel
              control={<Checkbox checked={Boolean(p)} onChange={(e) => set(i.id as number, e.target.checked ? {} : null)} />}
              label={`${i.name}（${i.certificateNo ?? '—'}）`}
            />
            {p && (
              <FormControlLabel
                control={<Checkbox checked={p.certificateShown} onChange={(e) => set(i.id as number, { certificateShown: e.target.checked })} />}
                label={translate('qd.results.certificate_shown')}
              />
            )}
          </Stack>
        );
      })}
      <FormHelperText error={Boolean(fieldState.error)}>
        {fieldState.error?.message ? translate(fieldState.error.message) : translate('qd.results.present_helper')}
      </FormHelperText>
    </Stack>
  );
};
